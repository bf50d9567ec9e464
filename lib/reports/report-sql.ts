import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportFilters } from "./filters";

export type PairCursor = { cohortId: string; userId: string; module: string };

/**
 * The report's population: one row per (member, cohort, assigned module), with her progress in that
 * module from ModuleProgress (one row per member and module, kept current on every write). Archived
 * cohorts stay in. Rows carry ids only; names are joined where they are shown, which keeps the sorts
 * behind the aggregates small. With `page`, only the next `limit` pairs after `after`, in key order:
 * how the export streams.
 */
export function factsCte(filters: ReportFilters, page?: { after?: PairCursor; limit: number }): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.country) where.push(Prisma.sql`c."countryCode" = ${filters.country}`);
  if (filters.cohort) where.push(Prisma.sql`c.id = ${filters.cohort}`);
  if (filters.module) where.push(Prisma.sql`a."moduleSlug" = ${filters.module}`);
  if (filters.sector) where.push(Prisma.sql`cm."userId" IN (SELECT id FROM "User" WHERE sector::text = ${filters.sector})`);
  if (page?.after) {
    where.push(Prisma.sql`(c.id, cm."userId", a."moduleSlug") > (${page.after.cohortId}, ${page.after.userId}, ${page.after.module})`);
  }
  return Prisma.sql`
    pairs AS (
      SELECT cm."userId" AS user_id, c.id AS cohort_id, c."countryCode" AS country, a."moduleSlug" AS module,
             a."dueOn" AS due_on, GREATEST(a."createdAt", cm."enrolledAt") AS assigned_at
      FROM "ModuleAssignment" a
      JOIN "Cohort" c ON c.id = a."cohortId"
      JOIN "CohortMember" cm ON cm."cohortId" = c.id
      WHERE ${Prisma.join(where, " AND ")}
      ${page ? Prisma.sql`ORDER BY c.id, cm."userId", a."moduleSlug" LIMIT ${page.limit}` : Prisma.empty}
    ),
    facts AS (
      SELECT p.*, mp."startedAt" AS started_at, COALESCE(mp."lessonsDone", 0) AS lessons_done,
             mp."completedAt" AS completed_at, mp."bestScore" AS best_score
      FROM pairs p
      LEFT JOIN "ModuleProgress" mp ON mp."userId" = p.user_id AND mp."moduleSlug" = p.module
    )`;
}

/** "Started" and "completed" count activity inside the date range; enrolment is not dated. */
export function inRange(column: Prisma.Sql, filters: ReportFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`${column} IS NOT NULL`];
  if (filters.from) parts.push(Prisma.sql`${column} >= ${filters.from}`);
  if (filters.to) parts.push(Prisma.sql`${column} < ${new Date(filters.to.getTime() + 86_400_000)}`);
  return Prisma.join(parts, " AND ");
}
