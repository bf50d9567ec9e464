import { cache } from "react";
import { db } from "@/lib/db/client";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
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
  const user = await (await db()).user.findUnique({
    where: { id: claims.userId },
    select: { id: true, role: true, displayName: true, deactivatedAt: true, sessionVersion: true },
  });
  if (!user || user.deactivatedAt || user.sessionVersion !== claims.sessionVersion) return null;
  return { id: user.id, role: user.role, displayName: user.displayName };
});

/** The first line of every non-public lib function. */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new UnauthenticatedError();
  if (!can(user.role, permission)) throw new ForbiddenError();
  return user;
}
