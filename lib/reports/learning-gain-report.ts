import { requirePermission } from "@/lib/auth/current-user";
import { CORE_PRINCIPLES } from "@/lib/content/principles";
import type { CorePrinciple } from "@/lib/course-test/draw";
import type { SittingResults } from "@/lib/course-test/results";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportFilters } from "./filters";
import { inRange } from "./report-sql";

/** Groups smaller than this show no figures: a result could point at one member. */
export const MIN_GROUP = 5;

export type GainRow = {
  key: string | null;
  /** Members who took both sittings. */
  n: number;
  /** Mean scores in whole percent; null when the group is too small to show. */
  pre: number | null;
  post: number | null;
  gain: number | null;
};

export type PrincipleGain = { principle: CorePrinciple; pre: number | null; post: number | null; gain: number | null };

export type LearningGainReport = {
  total: GainRow;
  byCountry: GainRow[];
  byCohort: (GainRow & { name: string; country: string })[];
  bySector: GainRow[];
  byPrinciple: PrincipleGain[];
};

type Raw = { level: "total" | "country" | "cohort" | "sector"; key: string | null; name: string | null; country: string | null; n: number; pre: number | null; post: number | null };

const round = (value: number | null) => (value === null ? null : Math.round(value));

function shown(raw: Pick<Raw, "key" | "n" | "pre" | "post">): GainRow {
  if (raw.n < MIN_GROUP) return { key: raw.key, n: raw.n, pre: null, post: null, gain: null };
  const pre = round(raw.pre);
  const post = round(raw.post);
  return { key: raw.key, n: raw.n, pre, post, gain: pre === null || post === null ? null : post - pre };
}

/**
 * Pre- and post-course test scores of the members who took both sittings, by country, cohort and
 * sector, with the report's filters (the date range applies to the closing sitting). A member in two
 * cohorts counts once in each cohort and once in every other group.
 */
export async function getLearningGainReport(filters: ReportFilters): Promise<LearningGainReport> {
  await requirePermission("reports:read");
  const prisma = await db();
  const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.country) where.push(Prisma.sql`c."countryCode" = ${filters.country}`);
  if (filters.cohort) where.push(Prisma.sql`c.id = ${filters.cohort}`);
  if (filters.sector) where.push(Prisma.sql`u.sector::text = ${filters.sector}`);
  const scores = Prisma.sql`
    scores AS (
      SELECT cm."userId" AS user_id, c.id AS cohort_id, c.name AS cohort_name, c."countryCode" AS country,
             u.sector::text AS sector, pre.score AS pre, post.score AS post, pre.results AS pre_results, post.results AS post_results
      FROM "CohortMember" cm
      JOIN "Cohort" c ON c.id = cm."cohortId"
      JOIN "User" u ON u.id = cm."userId"
      JOIN "CourseTestSitting" pre ON pre."userId" = cm."userId" AND pre.kind = 'PRE' AND pre."submittedAt" IS NOT NULL
      JOIN "CourseTestSitting" post ON post."userId" = cm."userId" AND post.kind = 'POST'
           AND ${inRange(Prisma.sql`post."submittedAt"`, filters)}
      WHERE ${Prisma.join(where, " AND ")}
    )`;
  const rows = await prisma.$queryRaw<Raw[]>`
    WITH ${scores}
    SELECT 'total' AS level, NULL AS key, NULL AS name, NULL AS country, COUNT(*)::int AS n, AVG(pre)::float8 AS pre, AVG(post)::float8 AS post
      FROM (SELECT DISTINCT user_id, pre, post FROM scores) s
    UNION ALL
    SELECT 'country', country, NULL, country, COUNT(*)::int, AVG(pre)::float8, AVG(post)::float8
      FROM (SELECT DISTINCT user_id, country, pre, post FROM scores) s GROUP BY country
    UNION ALL
    SELECT 'cohort', cohort_id, MIN(cohort_name), MIN(country), COUNT(*)::int, AVG(pre)::float8, AVG(post)::float8
      FROM scores GROUP BY cohort_id
    UNION ALL
    SELECT 'sector', sector, NULL, NULL, COUNT(*)::int, AVG(pre)::float8, AVG(post)::float8
      FROM (SELECT DISTINCT user_id, sector, pre, post FROM scores) s GROUP BY sector`;
  const total = rows.find((row) => row.level === "total") ?? { key: null, n: 0, pre: null, post: null };
  const results =
    total.n >= MIN_GROUP
      ? await prisma.$queryRaw<{ pre_results: SittingResults; post_results: SittingResults }[]>`
          WITH ${scores} SELECT DISTINCT ON (user_id) pre_results, post_results FROM scores`
      : [];
  const byKey = (a: GainRow, b: GainRow) => (a.key ?? "").localeCompare(b.key ?? "");
  return {
    total: shown(total),
    byCountry: rows.filter((row) => row.level === "country").map(shown).sort(byKey),
    byCohort: rows
      .filter((row) => row.level === "cohort")
      .map((row) => ({ ...shown(row), name: row.name ?? "", country: row.country ?? "" }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    bySector: rows.filter((row) => row.level === "sector").map(shown).sort(byKey),
    byPrinciple: principleGains(results),
  };
}

/** Share right per core principle over all members' sittings (pooled, not averaged per member). */
function principleGains(rows: { pre_results: SittingResults; post_results: SittingResults }[]): PrincipleGain[] {
  const share = (results: SittingResults[], principle: CorePrinciple) => {
    const right = results.reduce((sum, r) => sum + (r[principle]?.right ?? 0), 0);
    const of = results.reduce((sum, r) => sum + (r[principle]?.of ?? 0), 0);
    return of > 0 ? Math.round((right * 100) / of) : null;
  };
  if (rows.length === 0) return [];
  return CORE_PRINCIPLES.map((principle) => {
    const pre = share(rows.map((row) => row.pre_results), principle);
    const post = share(rows.map((row) => row.post_results), principle);
    return { principle, pre, post, gain: pre === null || post === null ? null : post - pre };
  });
}
