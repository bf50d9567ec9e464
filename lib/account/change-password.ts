import { requirePermission } from "@/lib/auth/current-user";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { hitLimits } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db/client";
import { fieldErrorsOf } from "@/lib/form-errors";
import { changePasswordSchema } from "./schemas";

export type ChangePasswordResult = { ok: true } | { ok: false; fieldErrors: Record<string, string>; message: string };

// Someone holding a signed-in device could otherwise guess the current password here unthrottled.
const ATTEMPTS = 10;
const WINDOW_MS = 15 * 60 * 1000;

/**
 * Her own password, with the current one as proof. Raises her session version in the same write,
 * so every session she has, this one included, ends: she signs in again with the new password.
 */
export async function changePassword(input: unknown, now = new Date()): Promise<ChangePasswordResult> {
  const user = await requirePermission("account:manage-own");
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), message: "checkFields" };
  const prisma = await db();
  if (!(await hitLimits(prisma, [{ key: `change-password:${user.id}`, max: ATTEMPTS }], WINDOW_MS, now))) {
    return { ok: false, fieldErrors: {}, message: "throttled" };
  }
  const { passwordHash } = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!passwordHash || !(await verifyPassword(parsed.data.currentPassword, passwordHash))) {
    return { ok: false, fieldErrors: { currentPassword: "currentPasswordWrong" }, message: "checkFields" };
  }
  const newHash = await hashPassword(parsed.data.newPassword);
  return prisma.$transaction(async (tx) => {
    // Conditional on the hash just verified: two changes at once cannot both win.
    const { count } = await tx.user.updateMany({
      where: { id: user.id, passwordHash },
      data: { passwordHash: newHash, sessionVersion: { increment: 1 } },
    });
    if (count !== 1) return { ok: false as const, fieldErrors: { currentPassword: "currentPasswordWrong" }, message: "checkFields" };
    await tx.auditEntry.create({ data: { actorId: user.id, action: "user.password-changed", details: {} } });
    return { ok: true as const };
  });
}
