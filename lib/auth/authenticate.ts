import { db } from "@/lib/db/client";
import { signInSchema } from "./schemas";
import { hashPassword, needsRehash, UNKNOWN_USER_HASH, verifyPassword } from "./password";
import { clearLimit, forgiveHit, hitLimits } from "./rate-limit";
import { SIGN_IN_WINDOW_MS, signInKeys, signInLimits } from "./sign-in-limits";

export type AuthenticatedUser = { id: string; name: string; role: string; sessionVersion: number };

export type AuthenticationResult = { ok: true; user: AuthenticatedUser } | { ok: false; reason: "invalid" | "throttled" };

export type AuthenticationContext = { address?: string; now?: Date };

/** Checks an email and password; a failure never says which of the two was wrong. */
export async function authenticate(input: unknown, { address = "unknown", now = new Date() }: AuthenticationContext = {}): Promise<AuthenticationResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const prisma = await db();
  // Counted before the password is checked, in one statement: a burst of guesses sent at once
  // gets at most the limit checked, and while throttled the right password is refused too.
  if (!(await hitLimits(prisma, signInLimits(email, address), SIGN_IN_WINDOW_MS, now))) {
    return { ok: false, reason: "throttled" };
  }
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, displayName: true, role: true, passwordHash: true, deactivatedAt: true, sessionVersion: true },
  });
  const valid = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
  if (!user || !valid || !user.passwordHash || user.deactivatedAt) return { ok: false, reason: "invalid" };
  const keys = signInKeys(email, address);
  await clearLimit(prisma, keys.pair);
  await forgiveHit(prisma, [keys.account, keys.address]);
  if (needsRehash(user.passwordHash)) {
    // Only if the hash is still the one just verified: a password changed meanwhile is kept.
    const upgraded = await hashPassword(password);
    await prisma.user.updateMany({ where: { id: user.id, passwordHash: user.passwordHash }, data: { passwordHash: upgraded } });
  }
  await prisma.learningEvent.create({ data: { userId: user.id, type: "SIGNED_IN" } });
  return { ok: true, user: { id: user.id, name: user.displayName, role: user.role, sessionVersion: user.sessionVersion } };
}
