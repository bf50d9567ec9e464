import { hashPassword } from "@/lib/auth/password";
import { clearLimit } from "@/lib/auth/rate-limit";
import { signInKeys } from "@/lib/auth/sign-in-limits";
import { db } from "@/lib/db/client";
import { fieldErrorsOf } from "@/lib/form-errors";
import { hashToken } from "@/lib/invitations/token";
import { resetPasswordSchema } from "./schemas";

export type ResetPasswordResult = { ok: true } | { ok: false; fieldErrors: Record<string, string>; message: string };

const unusable = { ok: false as const, fieldErrors: {}, message: "resetUnusable" };

/**
 * Public: sets a new password from an emailed link. The link works once, even when submitted twice
 * at the same moment, and every session of the account ends.
 */
export async function resetPassword(input: unknown, now = new Date()): Promise<ResetPasswordResult> {
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    return fieldErrors.token ? unusable : { ok: false, fieldErrors, message: "checkFields" };
  }
  const passwordHash = await hashPassword(parsed.data.password);
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const reset = await tx.passwordReset.findUnique({
      where: { tokenHash: hashToken(parsed.data.token) },
      select: { id: true, userId: true, user: { select: { email: true, deactivatedAt: true } } },
    });
    if (!reset || reset.user.deactivatedAt) return unusable;
    // Claimed conditionally first: of two submits at once, the second finds it used.
    const claimed = await tx.passwordReset.updateMany({
      where: { id: reset.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) return unusable;
    await tx.user.update({ where: { id: reset.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await tx.passwordReset.updateMany({ where: { userId: reset.userId, usedAt: null }, data: { usedAt: now } });
    await tx.auditEntry.create({ data: { actorId: reset.userId, action: "user.password-reset", details: {} } });
    // The owner proved she reads the account's mail: lift a lock-out others may have caused.
    await clearLimit(tx, signInKeys(reset.user.email, "").account);
    return { ok: true as const };
  });
}
