import { cache } from "react";
import { db } from "@/lib/db/client";

/**
 * The account behind a session, read once per request: next-auth's jwt callback (through
 * getServerSession) and getCurrentUser both need it, and React's cache makes that one query.
 */
export const readSessionUser = cache(async (userId: string) =>
  (await db()).user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, displayName: true, deactivatedAt: true, sessionVersion: true },
  }),
);

type SessionUser = Awaited<ReturnType<typeof readSessionUser>>;

/**
 * The one rule for a session that still counts: the account exists, is active, and its session
 * version has not been raised since she signed in (password change or reset, deactivation,
 * "sign out everywhere").
 */
export function isCurrentFor(user: SessionUser, sessionVersion: number): user is NonNullable<SessionUser> {
  return user !== null && user.deactivatedAt === null && user.sessionVersion === sessionVersion;
}

/** Public, for next-auth's callbacks: is a session for this user, at this version, still good? */
export async function isSessionCurrent(userId: unknown, sessionVersion: unknown): Promise<boolean> {
  if (typeof userId !== "string" || typeof sessionVersion !== "number") return false;
  return isCurrentFor(await readSessionUser(userId), sessionVersion);
}
