import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { CSV_BOM, csvLine } from "./csv";
import type { ReportFilters } from "./filters";
import { filtersToQuery } from "./filters";
import { getLearningGainReport, MIN_GROUP, type GainRow } from "./learning-gain-report";

export type GainCsvLabels = { header: string[]; level: Record<"total" | "country" | "cohort" | "sector", string>; label: (level: string, row: GainRow & { name?: string }) => string };

/**
 * The learning-gain report as CSV: one line per group, with the same rule as the page (a group
 * under MIN_GROUP members has its count and no figures). Audited like the completion export.
 */
export async function exportLearningGainCsv(filters: ReportFilters, labels: GainCsvLabels): Promise<string> {
  const user = await requirePermission("reports:read");
  const report = await getLearningGainReport(filters);
  await (await db()).auditEntry.create({
    data: { actorId: user.id, action: "report.export-learning-gain", details: { filters: filtersToQuery(filters) } },
  });
  const line = (level: keyof GainCsvLabels["level"], row: GainRow & { name?: string }) => {
    const small = row.n < MIN_GROUP;
    return csvLine([labels.level[level], labels.label(level, row), row.n, small ? null : row.pre, small ? null : row.post, small ? null : row.gain]);
  };
  return [
    CSV_BOM,
    csvLine(labels.header),
    line("total", report.total),
    ...report.byCountry.map((row) => line("country", row)),
    ...report.byCohort.map((row) => line("cohort", row)),
    ...report.bySector.map((row) => line("sector", row)),
  ].join("");
}
