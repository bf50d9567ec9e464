import { describe, expect, it } from "vitest";
import type { CertificateLabels } from "@/lib/certificates/pdf/certificate-document";
import { renderCertificatePdf } from "@/lib/certificates/pdf/render-certificate-pdf";
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

const render = (nameShown: string, locale: "en" | "ar" | "ru") =>
  renderCertificatePdf({ id, nameShown, verifyUrl, rtl: locale === "ar", labels: labels({ en, ar, ru }[locale] as typeof en) }).then(readPdf);

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
});
