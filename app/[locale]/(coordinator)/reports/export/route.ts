import { getLocale, getTranslations } from "next-intl/server";
import { csvExportResponse } from "@/lib/reports/csv-export-response";
import { exportCompletionCsv } from "@/lib/reports/export-completion";

/** GET /reports/export?country=…: the member-level report as CSV, with the page's filters. */
export async function GET(request: Request): Promise<Response> {
  return csvExportResponse(request, "completion", async (filters) => {
    const t = await getTranslations("reports.csv");
    return exportCompletionCsv(filters, {
      locale: await getLocale(),
      header: ["country", "cohort", "member", "sector", "module", "status", "lessons", "started", "completed", "score", "due", "overdue", "memo"].map((key) => t(`header.${key}`)),
      status: { "not-started": t("status.notStarted"), "in-progress": t("status.inProgress"), completed: t("status.completed") },
      memo: { none: t("memo.none"), DRAFT: t("memo.DRAFT"), SUBMITTED: t("memo.SUBMITTED"), RETURNED: t("memo.RETURNED"), ACCEPTED: t("memo.ACCEPTED") },
    });
  });
}
