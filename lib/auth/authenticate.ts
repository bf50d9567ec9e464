import { db } from "@/lib/db/client";
import { signInSchema } from "./schemas";
import { UNKNOWN_USER_HASH, verifyPassword } from "./password";
import { clearFailures, isThrottled, recordFailure } from "./throttle";

export type AuthenticatedUser = { id: string; name: string; role: string };

export type AuthenticationResult = { ok: true; user: AuthenticatedUser } | { ok: false; reason: "invalid" | "throttled" };

/** Checks an email and password; a failure never says which of the two was wrong. */
export async function authenticate(input: unknown, now = new Date()): Promise<AuthenticationResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const prisma = await db();
  // While throttled the password is not even checked, so guessing gains nothing.
  if (await isThrottled(prisma, email, now)) return { ok: false, reason: "throttled" };
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, displayName: true, role: true, passwordHash: true, deactivatedAt: true },
  });
  const valid = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
  if (!user || !valid || !user.passwordHash || user.deactivatedAt) {
    await recordFailure(prisma, email, now);
    return { ok: false, reason: "invalid" };
  }
  await clearFailures(prisma, email);
  await prisma.learningEvent.create({ data: { userId: user.id, type: "SIGNED_IN" } });
  return { ok: true, user: { id: user.id, name: user.displayName, role: user.role } };
}
