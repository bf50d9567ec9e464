import { getTranslations } from "next-intl/server";
import { csvExportResponse } from "@/lib/reports/csv-export-response";
import { exportLearningGainCsv } from "@/lib/reports/export-learning-gain";

/** GET /reports/learning-gain/export?country=…: pre/post scores per group as CSV, with the page's filters. */
export async function GET(request: Request): Promise<Response> {
  return csvExportResponse(request, "learning-gain", async (filters) => {
    const t = await getTranslations("reports.gain");
    const tc = await getTranslations("countries");
    const ts = await getTranslations("sectors");
    return exportLearningGainCsv(filters, {
      header: [t("group"), t("name"), t("members"), t("pre"), t("post"), t("gain")],
      level: { total: t("total"), country: t("country"), cohort: t("cohort"), sector: t("sector") },
      label: (level, row) =>
        level === "total" ? t("everyone") : level === "country" ? tc(row.key!) : level === "sector" ? (row.key ? ts(row.key) : t("noSector")) : (row.name ?? ""),
    });
  });
}
