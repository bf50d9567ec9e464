import { getTranslations } from "next-intl/server";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { exportCompletionCsv } from "@/lib/reports/export-completion";
import { parseReportFilters } from "@/lib/reports/filters";

/** GET /reports/export?country=…: the member-level report as CSV, with the page's filters. */
export async function GET(request: Request): Promise<Response> {
  const { filters, invalid } = parseReportFilters(Object.fromEntries(new URL(request.url).searchParams));
  // A filter that cannot be read must not silently widen the export to everyone.
  if (invalid.length > 0) {
    return new Response(`Unknown report filter: ${invalid.join(", ")}. Go back to the report and choose again.`, {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const t = await getTranslations("reports.csv");
  try {
    const stream = await exportCompletionCsv(filters, {
      header: ["country", "cohort", "member", "sector", "module", "status", "lessons", "started", "completed", "score", "due", "overdue", "memo"].map((key) => t(`header.${key}`)),
      status: { "not-started": t("status.notStarted"), "in-progress": t("status.inProgress"), completed: t("status.completed") },
      memo: { none: t("memo.none"), DRAFT: t("memo.DRAFT"), SUBMITTED: t("memo.SUBMITTED"), RETURNED: t("memo.RETURNED"), ACCEPTED: t("memo.ACCEPTED") },
    });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(stream, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="completion-${day}.csv"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof UnauthenticatedError || error instanceof ForbiddenError) {
      return new Response(error.message, { status: error.status });
    }
    throw error;
  }
}
