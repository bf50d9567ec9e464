import type { PrismaClient } from "@/lib/generated/prisma/client";
import { FINAL_CHECK } from "./constants";

/**
 * Brings one member's ModuleProgress row up to date from the source tables. Every progress write
 * calls it after its own change. Two writers at once may each read a different moment; merging
 * with LEAST / GREATEST / COALESCE keeps the row right, because every field only moves one way.
 */
export async function syncModuleProgress(prisma: PrismaClient, userId: string, moduleSlug: string): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO "ModuleProgress" ("userId", "moduleSlug", "startedAt", "lastViewedAt", "lessonsDone", "bestScore", "completedAt")
    SELECT ${userId}, ${moduleSlug},
           COALESCE(l.started_at, s.first_attempt, now()), COALESCE(l.last_seen, s.first_attempt, now()),
           COALESCE(l.lessons_done, 0), s.best_score,
           (SELECT "completedAt" FROM "ModuleCompletion" WHERE "userId" = ${userId} AND "moduleSlug" = ${moduleSlug})
    FROM (SELECT MIN("startedAt") AS started_at, MAX("lastViewedAt") AS last_seen, COUNT("completedAt")::int AS lessons_done
          FROM "LessonProgress" WHERE "userId" = ${userId} AND "moduleSlug" = ${moduleSlug}) l,
         (SELECT MAX(score) AS best_score, MIN("createdAt") AS first_attempt
          FROM "CheckAttempt" WHERE "userId" = ${userId} AND "moduleSlug" = ${moduleSlug} AND "checkId" = ${FINAL_CHECK}) s
    ON CONFLICT ("userId", "moduleSlug") DO UPDATE SET
      "startedAt" = LEAST("ModuleProgress"."startedAt", EXCLUDED."startedAt"),
      "lastViewedAt" = GREATEST("ModuleProgress"."lastViewedAt", EXCLUDED."lastViewedAt"),
      "lessonsDone" = GREATEST("ModuleProgress"."lessonsDone", EXCLUDED."lessonsDone"),
      "bestScore" = GREATEST("ModuleProgress"."bestScore", EXCLUDED."bestScore"),
      "completedAt" = COALESCE("ModuleProgress"."completedAt", EXCLUDED."completedAt")`;
}
