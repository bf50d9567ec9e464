import { Prisma } from "@/lib/generated/prisma/client";
import { moduleProgressFacts, PROGRESS_COLUMNS } from "./module-progress-sql";

/**
 * Brings one member's ModuleProgress row up to date from the source tables, inside the
 * transaction of the write that changed them (which holds the member-and-module lock, see
 * lockMemberModule), so the row is exactly what a full rebuild would compute.
 */
export async function syncModuleProgress(tx: Prisma.TransactionClient, userId: string, moduleSlug: string): Promise<void> {
  const scope = Prisma.sql`k."userId" = ${userId} AND k."moduleSlug" = ${moduleSlug}`;
  await tx.$executeRaw`
    INSERT INTO "ModuleProgress" ${PROGRESS_COLUMNS}
    ${moduleProgressFacts(scope)}
    ON CONFLICT ("userId", "moduleSlug") DO UPDATE SET
      "startedAt" = EXCLUDED."startedAt",
      "lastViewedAt" = EXCLUDED."lastViewedAt",
      "lessonsDone" = EXCLUDED."lessonsDone",
      "bestScore" = EXCLUDED."bestScore",
      "completedAt" = EXCLUDED."completedAt"`;
}
