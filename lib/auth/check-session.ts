import { db } from "@/lib/db/client";

/**
 * Public, for next-auth's callbacks: is a session for this user, signed at this session version,
 * still good? Not if the account was deleted or deactivated, or its version was raised since
 * (password change or reset, deactivation, "sign out everywhere").
 */
export async function isSessionCurrent(userId: unknown, sessionVersion: unknown): Promise<boolean> {
  if (typeof userId !== "string" || typeof sessionVersion !== "number") return false;
  const user = await (await db()).user.findUnique({
    where: { id: userId },
    select: { deactivatedAt: true, sessionVersion: true },
  });
  return user !== null && user.deactivatedAt === null && user.sessionVersion === sessionVersion;
}
