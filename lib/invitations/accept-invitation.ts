import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { fieldErrorsOf } from "@/lib/form-errors";
import { acceptInvitationSchema } from "./schemas";
import { hashToken } from "./token";

export type AcceptInvitationResult =
  | { ok: true; email: string }
  | { ok: false; fieldErrors: Record<string, string>; message: string };

const unusable = {
  ok: false as const,
  fieldErrors: {},
  message: "invitationUnusable",
};

/** Public: turns a valid invitation into an account. Works once, even if submitted twice at once. */
export async function acceptInvitation(input: unknown, now = new Date()): Promise<AcceptInvitationResult> {
  const parsed = acceptInvitationSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), message: "checkFields" };
  }
  const { token, password, confirmPassword: _confirm, ...profile } = parsed.data;
  const passwordHash = await hashPassword(password);
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { tokenHash: hashToken(token) } });
    if (!invitation || invitation.acceptedAt || invitation.expiresAt <= now) return unusable;
    // Claiming the invitation first, conditionally, makes a second concurrent submit find it taken.
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null },
      data: { acceptedAt: now },
    });
    if (claimed.count !== 1) return unusable;
    // A trainer's import creates the account (enrolled, no password) before the invitation is used:
    // accepting completes it. An account that already has a password is never taken over.
    const existing = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true, passwordHash: true } });
    if (existing?.passwordHash) return unusable;
    // The trainer's import may have recorded her preferred language (Dari, say); the form only knows
    // the interface language she happened to open the link in, so it does not overwrite it.
    const { locale, ...chosen } = profile;
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { ...chosen, passwordHash }, select: { id: true } })
      : await tx.user.create({
          data: { ...chosen, locale, email: invitation.email, role: invitation.role, passwordHash },
          select: { id: true },
        });
    await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedById: user.id } });
    if (invitation.cohortId) {
      await tx.cohortMember.createMany({ data: [{ cohortId: invitation.cohortId, userId: user.id }], skipDuplicates: true });
    }
    return { ok: true as const, email: invitation.email };
  });
}
