import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// Ten wrong passwords for one email within fifteen minutes, and sign-in for that email waits until
// the fifteen minutes are over. The same rule applies whether or not the email has an account, so
// the answer reveals nothing.
export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60 * 1000;

const keyOf = (email: string) => createHash("sha256").update(email).digest("hex");

export async function isThrottled(prisma: PrismaClient, email: string, now: Date): Promise<boolean> {
  const row = await prisma.signInThrottle.findUnique({ where: { emailHash: keyOf(email) } });
  return row !== null && row.failures >= MAX_FAILURES && now.getTime() - row.windowStartedAt.getTime() < WINDOW_MS;
}

/** Counts a failure in one statement, starting a new window when the last one has ended. */
export async function recordFailure(prisma: PrismaClient, email: string, now: Date): Promise<void> {
  const windowEnd = new Date(now.getTime() - WINDOW_MS);
  await prisma.$executeRaw`
    INSERT INTO "SignInThrottle" ("emailHash", "failures", "windowStartedAt") VALUES (${keyOf(email)}, 1, ${now})
    ON CONFLICT ("emailHash") DO UPDATE SET
      "failures" = CASE WHEN "SignInThrottle"."windowStartedAt" <= ${windowEnd} THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "windowStartedAt" = CASE WHEN "SignInThrottle"."windowStartedAt" <= ${windowEnd} THEN ${now} ELSE "SignInThrottle"."windowStartedAt" END`;
}

export async function clearFailures(prisma: PrismaClient, email: string): Promise<void> {
  await prisma.signInThrottle.deleteMany({ where: { emailHash: keyOf(email) } });
}
