import { describe, expect, it } from "vitest";
import type { CertificateLabels } from "@/lib/certificates/pdf/certificate-document";
import * as fontkit from "fontkit";
import { certificateFontFiles } from "@/lib/certificates/pdf/fonts";
import { renderCertificatePdf } from "@/lib/certificates/pdf/render-certificate-pdf";
import { directionOf, LOCALES, type Locale } from "@/lib/i18n/config";
import ar from "@/lib/i18n/messages/ar.json";
import en from "@/lib/i18n/messages/en.json";
import ru from "@/lib/i18n/messages/ru.json";
import { readPdf } from "./pdf-text";

const id = "AbCdEfGhIjKlMnOpQrStUvWx";
const verifyUrl = `https://course.example.org/verify/${id}`;

function labels(messages: typeof en): CertificateLabels {
  const pdf = messages.certificate.pdf;
  return { ...pdf, issuedOn: pdf.issuedOn.replace("{date}", "2 December 2026") };
}

const catalog = async (locale: Locale) => (await import(`@/lib/i18n/messages/${locale}.json`)).default as typeof en;

const render = async (nameShown: string, locale: Locale) =>
  renderCertificatePdf({ id, nameShown, verifyUrl, rtl: directionOf(locale) === "rtl", labels: labels(await catalog(locale)) }).then(readPdf);

const reversed = (text: string) => [...text].reverse().join("");

describe("certificate PDFs", () => {
  it("print a Latin name in Noto Sans, with the id and the verify address", async () => {
    const pdf = await render("Zarghuna Ahmadzai", "en");
    expect(pdf.text).toContain("Zarghuna Ahmadzai");
    expect(pdf.text).toContain(id);
    expect(pdf.text).toContain(verifyUrl);
    expect([...pdf.fontNames].every((name) => name.startsWith("NotoSans"))).toBe(true);
    expect(pdf.text).not.toContain("\uFFFD");
  });

  it("print a Cyrillic name and Russian labels in Noto Sans", async () => {
    const pdf = await render("Малика Рахимова", "ru");
    expect(pdf.text).toContain("Малика Рахимова");
    expect(pdf.text).toContain(ru.certificate.pdf.title);
    expect(pdf.runs.find((run) => run.text.includes("Малика"))?.font).toMatch(/^NotoSans/);
    expect(pdf.text).not.toContain("\uFFFD");
  });

  it("shape an Arabic-script name and paint it right to left, also beside Latin", async () => {
    // Dari: three beh in a row take three joined forms (initial, medial, final).
    const pdf = await render("ببب زرغونه احمدزی (Zarghuna)", "en");
    const arabicRuns = pdf.runs.filter((run) => run.font.startsWith("Vazirmatn")).map((run) => run.text).join("");
    expect(arabicRuns).toContain(reversed("زرغونه"));
    expect(arabicRuns).not.toContain("زرغونه");
    expect(pdf.glyphsFor("Vazirmatn-Bold", "\u0628")).toBeGreaterThanOrEqual(3);
    expect(pdf.text).toContain("Zarghuna");
    expect(pdf.text).not.toContain("\uFFFD");
  });

  it("print Arabic labels shaped and right to left for the Arabic interface", async () => {
    const pdf = await render("Fatima Karimi", "ar");
    const title = ar.certificate.pdf.title;
    const arabic = pdf.runs.filter((run) => run.font.startsWith("Vazirmatn")).map((run) => run.text).join("");
    expect(arabic.replace(/\s/g, "")).toContain(reversed(title).replace(/\s/g, ""));
    expect(pdf.text).toContain("Fatima Karimi");
  });

  // Pashto's and Urdu's own letters (ټ ړ ښ ے ں) and Tajik's, Kazakh's and Kyrgyz's Cyrillic letters
  // (ҷ ӯ қ ә ң ө ү) are outside Arabic's and Russian's alphabets. Read from the fonts, not from the PDF:
  // Vazirmatn draws some letter pairs as one glyph, which the PDF's text map gives back as one letter.
  const fonts = Object.values(certificateFontFiles()).flat().map(({ src }) => fontkit.openSync(src) as fontkit.Font);
  it.each(LOCALES)("print the %s labels with every letter in one of the fonts", async (locale) => {
    const labelsText = Object.values((await catalog(locale)).certificate.pdf).join("");
    const missing = [...new Set(labelsText.replace(/\s/g, ""))].filter((c) => !fonts.some((font) => font.hasGlyphForCodePoint(c.codePointAt(0)!)));
    expect(missing).toEqual([]);
    const pdf = await render("Zarghuna Ahmadzai", locale);
    expect(pdf.text).toContain("Zarghuna Ahmadzai");
    expect(pdf.text).not.toContain("\uFFFD");
  });
});
