import { getTranslations } from "next-intl/server";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { exportLearningGainCsv } from "@/lib/reports/export-learning-gain";
import { parseReportFilters } from "@/lib/reports/filters";

/** GET /reports/learning-gain/export?country=…: pre/post scores per group as CSV, with the page's filters. */
export async function GET(request: Request): Promise<Response> {
  const { filters, invalid } = parseReportFilters(Object.fromEntries(new URL(request.url).searchParams));
  if (invalid.length > 0) {
    return new Response(`Unknown report filter: ${invalid.join(", ")}. Go back to the report and choose again.`, {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const t = await getTranslations("reports.gain");
  const tc = await getTranslations("countries");
  const ts = await getTranslations("sectors");
  try {
    const csv = await exportLearningGainCsv(filters, {
      header: [t("group"), t("name"), t("members"), t("pre"), t("post"), t("gain")],
      level: { total: t("total"), country: t("country"), cohort: t("cohort"), sector: t("sector") },
      label: (level, row) =>
        level === "total" ? t("everyone") : level === "country" ? tc(row.key!) : level === "sector" ? (row.key ? ts(row.key) : t("noSector")) : (row.name ?? ""),
    });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="learning-gain-${day}.csv"`,
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
