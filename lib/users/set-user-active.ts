import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { setUserActiveSchema } from "./schemas";

export type SetUserActiveResult = { ok: true } | { ok: false; message: "invalid" | "ownAccount" | "accountGone" };

/**
 * An admin deactivates or reactivates an account, never her own (the last admin cannot lock
 * everyone out). Either way the session version is raised: deactivation ends her sessions at once,
 * and after reactivation she signs in again rather than resuming an old session.
 */
export async function setUserActive(input: unknown, now = new Date()): Promise<SetUserActiveResult> {
  const admin = await requirePermission("users:manage-access");
  const parsed = setUserActiveSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "invalid" };
  const { userId, active } = parsed.data;
  if (userId === admin.id) return { ok: false, message: "ownAccount" };
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId },
      data: { deactivatedAt: active ? null : now, sessionVersion: { increment: 1 } },
    });
    if (count === 0) return { ok: false as const, message: "accountGone" as const };
    await tx.auditEntry.create({
      data: { actorId: admin.id, action: active ? "user.reactivated" : "user.deactivated", details: { userId } },
    });
    return { ok: true as const };
  });
}
