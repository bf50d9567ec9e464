import { Prisma } from "@/lib/generated/prisma/client";
import { FINAL_CHECK } from "./constants";

/**
 * The ModuleProgress row(s) as the facts say they should be: one definition used both by the
 * incremental update after each write and by the full rebuild, so the two cannot drift apart.
 * `scope` narrows the rows (one member and module, some members, or everything).
 */
export function moduleProgressFacts(scope: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH lessons AS (
      SELECT "userId", "moduleSlug", MIN("startedAt") AS started_at, MAX("lastViewedAt") AS last_seen,
             COUNT("completedAt")::int AS lessons_done
      FROM "LessonProgress" k WHERE ${scope} GROUP BY "userId", "moduleSlug"
    ), finals AS (
      SELECT "userId", "moduleSlug", MAX(score) AS best_score, MIN("createdAt") AS first_attempt,
             MAX("createdAt") AS last_attempt
      FROM "CheckAttempt" k WHERE ${scope} AND "checkId" = ${FINAL_CHECK} GROUP BY "userId", "moduleSlug"
    )
    SELECT COALESCE(l."userId", f."userId") AS "userId", COALESCE(l."moduleSlug", f."moduleSlug") AS "moduleSlug",
           LEAST(l.started_at, f.first_attempt) AS "startedAt",
           GREATEST(l.last_seen, f.last_attempt) AS "lastViewedAt",
           COALESCE(l.lessons_done, 0) AS "lessonsDone", f.best_score AS "bestScore",
           mc."completedAt" AS "completedAt"
    FROM lessons l
    FULL JOIN finals f ON f."userId" = l."userId" AND f."moduleSlug" = l."moduleSlug"
    LEFT JOIN "ModuleCompletion" mc
      ON mc."userId" = COALESCE(l."userId", f."userId") AND mc."moduleSlug" = COALESCE(l."moduleSlug", f."moduleSlug")`;
}

export const PROGRESS_COLUMNS = Prisma.sql`("userId", "moduleSlug", "startedAt", "lastViewedAt", "lessonsDone", "bestScore", "completedAt")`;
