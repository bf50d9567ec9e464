import { requirePermission } from "@/lib/auth/current-user";
import { getCourse } from "@/lib/content/course";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportFilters } from "./filters";
import { factsCte, inRange } from "./report-sql";

export type ReportRow = {
  key: string;
  label: string;
  enrolled: number;
  started: number;
  completed: number;
  overdue: number;
  completionRate: number | null;
  medianDaysToComplete: number | null;
  averageScore: number | null;
};

export type CompletionReport = { total: ReportRow; byModule: ReportRow[]; byCountry: ReportRow[]; byCohort: (ReportRow & { country: string })[] };

type Raw = {
  level: "total" | "module" | "country" | "cohort";
  module: string | null;
  country: string | null;
  cohort_id: string | null;
  cohort_name: string | null;
  enrolled: number;
  started: number;
  completed: number;
  overdue: number;
  median_days: number | null;
  avg_score: number | null;
};

/** Completion across the network, by module, by country and by cohort, with the same filters. */
/** The report, its module titles in `locale` where translated. */
export async function getCompletionReport(filters: ReportFilters, now = new Date(), locale = "en"): Promise<CompletionReport> {
  await requirePermission("reports:read");
  const prisma = await db();
  const today = now.toISOString().slice(0, 10);
  const completedInRange = inRange(Prisma.sql`completed_at`, filters);
  // Cohort rows are shown only once a country (or a cohort) is chosen: skip their grouping otherwise.
  const drillDown = Boolean(filters.country || filters.cohort);
  const rows = await prisma.$queryRaw<Raw[]>`
    WITH ${factsCte(filters)}
    SELECT
      ${
        drillDown
          ? Prisma.sql`CASE WHEN GROUPING(module) = 0 THEN 'module' WHEN GROUPING(cohort_id) = 0 THEN 'cohort'
                            WHEN GROUPING(country) = 0 THEN 'country' ELSE 'total' END AS level,
                       cohort_id, (SELECT name FROM "Cohort" WHERE id = cohort_id) AS cohort_name,`
          : Prisma.sql`CASE WHEN GROUPING(module) = 0 THEN 'module' WHEN GROUPING(country) = 0 THEN 'country' ELSE 'total' END AS level,
                       NULL AS cohort_id, NULL AS cohort_name,`
      }
      module, country,
      COUNT(*)::int AS enrolled,
      (COUNT(*) FILTER (WHERE ${inRange(Prisma.sql`started_at`, filters)}))::int AS started,
      (COUNT(*) FILTER (WHERE ${completedInRange}))::int AS completed,
      (COUNT(*) FILTER (WHERE completed_at IS NULL AND due_on < ${today}::date))::int AS overdue,
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (completed_at - assigned_at)) / 86400)
        FILTER (WHERE ${completedInRange}))::float8 AS median_days,
      (AVG(best_score) FILTER (WHERE best_score IS NOT NULL))::float8 AS avg_score
    FROM facts
    GROUP BY GROUPING SETS ((module), (country), ${drillDown ? Prisma.sql`(country, cohort_id),` : Prisma.empty} ())`;

  const course = await getCourse(locale);
  const title = new Map(course.modules.map((m) => [m.slug, m.frontmatter.title]));
  const order = new Map(course.modules.map((m) => [m.slug, m.frontmatter.order]));
  const toRow = (raw: Raw, key: string, label: string): ReportRow => ({
    key,
    label,
    enrolled: raw.enrolled,
    started: raw.started,
    completed: raw.completed,
    overdue: raw.overdue,
    completionRate: raw.enrolled > 0 ? raw.completed / raw.enrolled : null,
    medianDaysToComplete: raw.median_days,
    averageScore: raw.avg_score,
  });
  const empty: Raw = { level: "total", module: null, country: null, cohort_id: null, cohort_name: null, enrolled: 0, started: 0, completed: 0, overdue: 0, median_days: null, avg_score: null };
  return {
    total: toRow(rows.find((r) => r.level === "total") ?? empty, "total", "total"),
    byModule: rows
      .filter((r) => r.level === "module")
      .sort((a, b) => (order.get(a.module!) ?? 99) - (order.get(b.module!) ?? 99))
      .map((r) => toRow(r, r.module!, title.get(r.module!) ?? r.module!)),
    byCountry: rows.filter((r) => r.level === "country").sort((a, b) => a.country!.localeCompare(b.country!)).map((r) => toRow(r, r.country!, r.country!)),
    byCohort: rows
      .filter((r) => r.level === "cohort")
      .sort((a, b) => (a.cohort_name ?? "").localeCompare(b.cohort_name ?? ""))
      .map((r) => ({ ...toRow(r, r.cohort_id!, r.cohort_name ?? r.cohort_id!), country: r.country! })),
  };
}
