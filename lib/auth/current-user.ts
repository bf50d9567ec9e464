import { cache } from "react";
import { db } from "@/lib/db/client";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { can, type Permission } from "./permissions";
import { getSessionUserId } from "./session";

export type CurrentUser = { id: string; role: Role; displayName: string };

/** Re-read once per request, so a deactivated account or changed role counts immediately. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const id = await getSessionUserId();
  if (!id) return null;
  const user = await (await db()).user.findUnique({
    where: { id },
    select: { id: true, role: true, displayName: true, deactivatedAt: true },
  });
  if (!user || user.deactivatedAt) return null;
  return { id: user.id, role: user.role, displayName: user.displayName };
});

/** The first line of every non-public lib function. */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new UnauthenticatedError();
  if (!can(user.role, permission)) throw new ForbiddenError();
  return user;
}
