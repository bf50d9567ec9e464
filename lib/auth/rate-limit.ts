import { createHash } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/** One counter: what it counts (hashed before it is stored) and how many hits a window allows. */
export type Limit = { key: string; max: number };

type Db = PrismaClient | Prisma.TransactionClient;

export const hashKey = (key: string) => createHash("sha256").update(key).digest("hex");

/**
 * Counts one hit on every limit and reads the new counts in a single statement, before the caller
 * does the work the limits protect. Counting first is what makes a burst safe: of N requests sent
 * at once, the database hands out the counts 1..N, so only the first `max` may go on, however
 * many arrive together (a read-then-record check lets them all through). Returns true when every
 * count is within its limit. A window starts with the first hit and lasts windowMs.
 */
export async function hitLimits(prisma: Db, limits: Limit[], windowMs: number, now: Date): Promise<boolean> {
  if (limits.length === 0) return true;
  const windowEnd = new Date(now.getTime() - windowMs);
  const keys = limits.map((limit) => hashKey(limit.key));
  // Rows are always listed in the caller's order (pair, then account, then address), so concurrent
  // statements lock shared rows in the same order and cannot deadlock on PostgreSQL.
  const rows = await prisma.$queryRaw<{ key: string; count: number }[]>`
    INSERT INTO "RateLimit" ("key", "count", "windowStartedAt")
    SELECT k, 1, ${now}::timestamp(3) FROM unnest(${keys}::text[]) WITH ORDINALITY AS t(k, i) ORDER BY i
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStartedAt" <= ${windowEnd}::timestamp(3) THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStartedAt" = CASE WHEN "RateLimit"."windowStartedAt" <= ${windowEnd}::timestamp(3) THEN ${now}::timestamp(3) ELSE "RateLimit"."windowStartedAt" END
    RETURNING "key", "count"`;
  const counts = new Map(rows.map((row) => [row.key, Number(row.count)]));
  return limits.every((limit, index) => (counts.get(keys[index]!) ?? 0) <= limit.max);
}

/** Takes back one hit (a sign-in that succeeded should not use up anyone's allowance). */
export async function forgiveHit(prisma: Db, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await prisma.$executeRaw`
    UPDATE "RateLimit" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ANY(${keys.map(hashKey)}::text[])`;
}

/** Forgets a counter altogether. */
export async function clearLimit(prisma: Db, key: string): Promise<void> {
  await prisma.rateLimit.deleteMany({ where: { key: hashKey(key) } });
}
