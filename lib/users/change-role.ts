import { z } from "zod";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { ROLES } from "@/lib/invitations/schemas";

export const changeRoleSchema = z.object({ userId: z.string().min(1).max(40), role: z.enum(ROLES) });

export type ChangeRoleResult = { ok: true } | { ok: false; message: string };

/** Only an admin changes roles, and never her own: the last admin cannot lock everyone out. */
export async function changeRole(input: unknown): Promise<ChangeRoleResult> {
  const admin = await requirePermission("users:manage-roles");
  const parsed = changeRoleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "roleInvalid" };
  if (parsed.data.userId === admin.id) return { ok: false, message: "ownRole" };
  const prisma = await db();
  const { count } = await prisma.user.updateMany({ where: { id: parsed.data.userId }, data: { role: parsed.data.role } });
  if (count === 0) return { ok: false, message: "accountGone" };
  await prisma.auditEntry.create({
    data: { actorId: admin.id, action: "user.role-changed", details: { userId: parsed.data.userId, role: parsed.data.role } },
  });
  return { ok: true };
}
