import { forbidden, redirect } from "next/navigation";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { requirePermission, type CurrentUser } from "./current-user";
import type { Permission } from "./permissions";

/**
 * For pages: sends a signed-out visitor to sign in (and back here after) and shows a 403 page to
 * a signed-in person without the permission. The lib functions the page calls check again.
 */
export async function requirePageUser(permission: Permission, here: string): Promise<CurrentUser> {
  try {
    return await requirePermission(permission);
  } catch (error) {
    if (error instanceof UnauthenticatedError) redirect(`/signin?callbackUrl=${encodeURIComponent(here)}`);
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
}
