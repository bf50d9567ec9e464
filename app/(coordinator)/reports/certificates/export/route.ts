import { getTranslations } from "next-intl/server";
import { exportCertificatesCsv } from "@/lib/certificates/export-certificates";
import { refusalResponse } from "@/lib/http/error-response";
import { parseReportFilters } from "@/lib/reports/filters";

/** GET /reports/certificates/export?country=…: certificates issued, as CSV, with the report's filters. */
export async function GET(request: Request): Promise<Response> {
  const { filters, invalid } = parseReportFilters(Object.fromEntries(new URL(request.url).searchParams));
  // A filter that cannot be read must not silently widen the export to everyone.
  if (invalid.length > 0) {
    return new Response(`Unknown report filter: ${invalid.join(", ")}. Go back to the report and choose again.`, {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const t = await getTranslations("reports.certificates");
  try {
    const csv = await exportCertificatesCsv(filters, {
      header: ["id", "name", "country", "issued", "locale", "contentVersion", "status", "revokedAt", "revokedReason"].map((key) => t(`csv.${key}`)),
      status: { valid: t("status.valid"), revoked: t("status.revoked"), replaced: t("status.replaced") },
    });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="certificates-${day}.csv"`, "cache-control": "no-store" },
    });
  } catch (error) {
    return refusalResponse(error);
  }
}
