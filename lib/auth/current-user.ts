import { cache } from "react";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { isCurrentFor, readSessionUser } from "./check-session";
import { can, type Permission } from "./permissions";
import { getSessionClaims } from "./session";

export type CurrentUser = { id: string; role: Role; displayName: string };

/**
 * Re-read once per request, so a deactivated account or changed role counts immediately, and a
 * session signed before the account's session version was raised (password change, deactivation,
 * "sign out everywhere") counts as signed out.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claims = await getSessionClaims();
  if (!claims) return null;
  const user = await readSessionUser(claims.userId);
  if (!isCurrentFor(user, claims.sessionVersion)) return null;
  return { id: user.id, role: user.role, displayName: user.displayName };
});

/** The first line of every non-public lib function. */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new UnauthenticatedError();
  if (!can(user.role, permission)) throw new ForbiddenError();
  return user;
}
