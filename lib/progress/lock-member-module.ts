import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Serialises the progress writes of one member in one module until the transaction ends. Two tabs
 * completing the last two lessons at once would otherwise each miss the other's uncommitted lesson
 * and neither would complete the module; with the lock the second sees the first.
 */
export async function lockMemberModule(tx: Prisma.TransactionClient, userId: string, moduleSlug: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${userId}), hashtext(${moduleSlug}))`;
}
