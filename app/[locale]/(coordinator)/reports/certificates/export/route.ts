import { getTranslations } from "next-intl/server";
import { exportCertificatesCsv } from "@/lib/certificates/export-certificates";
import { csvExportResponse } from "@/lib/reports/csv-export-response";

/** GET /reports/certificates/export?country=…: certificates issued, as CSV, with the report's filters. */
export async function GET(request: Request): Promise<Response> {
  return csvExportResponse(request, "certificates", async (filters) => {
    const t = await getTranslations("reports.certificates");
    return exportCertificatesCsv(filters, {
      header: ["id", "name", "country", "issued", "locale", "contentVersion", "status", "revokedAt", "revokedReason"].map((key) => t(`csv.${key}`)),
      status: { valid: t("status.valid"), revoked: t("status.revoked"), replaced: t("status.replaced") },
    });
  });
}
