import { z } from "zod";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { ROLES } from "@/lib/invitations/schemas";
import { recordId } from "@/lib/validation";

export const changeRoleSchema = z.object({ userId: recordId, role: z.enum(ROLES) });

export type ChangeRoleResult = { ok: true } | { ok: false; message: string };

/** Only an admin changes roles, and never her own: the last admin cannot lock everyone out. */
export async function changeRole(input: unknown): Promise<ChangeRoleResult> {
  const admin = await requirePermission("users:manage-roles");
  const parsed = changeRoleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "roleInvalid" };
  if (parsed.data.userId === admin.id) return { ok: false, message: "ownRole" };
  const { userId, role } = parsed.data;
  // The role and its audit entry are written together or not at all.
  const changed = await (await db()).$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId }, data: { role } });
    if (count === 0) return false;
    await tx.auditEntry.create({ data: { actorId: admin.id, action: "user.role-changed", details: { userId, role } } });
    return true;
  });
  if (!changed) return { ok: false, message: "accountGone" };
  return { ok: true };
}
