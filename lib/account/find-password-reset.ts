import { db } from "@/lib/db/client";
import { hashToken } from "@/lib/invitations/token";
import { tokenSchema } from "@/lib/invitations/schemas";

/** Public: whether the reset page should offer the form for this link. Reveals nothing else. */
export async function isPasswordResetUsable(token: string, now = new Date()): Promise<boolean> {
  if (!tokenSchema.safeParse(token).success) return false;
  const reset = await (await db()).passwordReset.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { deactivatedAt: true } } },
  });
  return reset !== null && reset.usedAt === null && reset.expiresAt > now && reset.user.deactivatedAt === null;
}
