import { getLocale, getTranslations } from "next-intl/server";
import { myCertificatePdf } from "@/lib/certificates/my-certificate-files";
import { refusalResponse } from "@/lib/http/error-response";
import { directionOf, type Locale } from "@/lib/i18n/config";

/** GET /learn/certificate/pdf: her certificate as a PDF in her interface language. */
export async function GET(): Promise<Response> {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("certificate.pdf");
  const day = (value: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(value);
  try {
    const { id, pdf } = await myCertificatePdf(
      (issuedAt) => ({
        title: t("title"),
        certifies: t("certifies"),
        completed: t("completed"),
        courseTitle: t("courseTitle"),
        issuedBy: t("issuedBy"),
        attribution: t("attribution"),
        issuedOn: t("issuedOn", { date: day(issuedAt) }),
        certificateId: t("certificateId"),
        verifyAt: t("verifyAt"),
      }),
      directionOf(locale) === "rtl",
    );
    return new Response(new Uint8Array(pdf), {
      headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="certificate-${id}.pdf"`, "cache-control": "private, no-store" },
    });
  } catch (error) {
    return refusalResponse(error);
  }
}
