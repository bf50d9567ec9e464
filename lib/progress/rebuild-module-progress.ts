import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { moduleProgressFacts, PROGRESS_COLUMNS } from "./module-progress-sql";

/**
 * Recomputes the ModuleProgress summary from the facts (lesson progress, final-check attempts,
 * module completions), in one transaction: for everyone, or only the members named. The reports
 * read this table, so `npm run db:rebuild-summary` is the repair if it is ever in doubt.
 */
export async function rebuildModuleProgress(prisma: PrismaClient, userIds?: string[]): Promise<number> {
  const scope = userIds ? Prisma.sql`k."userId" IN (${Prisma.join(userIds)})` : Prisma.sql`TRUE`;
  const summaryScope = userIds ? Prisma.sql`"userId" IN (${Prisma.join(userIds)})` : Prisma.sql`TRUE`;
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`DELETE FROM "ModuleProgress" WHERE ${summaryScope}`;
      return tx.$executeRaw`INSERT INTO "ModuleProgress" ${PROGRESS_COLUMNS} ${moduleProgressFacts(scope)}`;
    },
    { timeout: 10 * 60 * 1000 },
  );
}
