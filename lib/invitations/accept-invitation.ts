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

/**
 * Public: turns a valid invitation into an account (and, for a cohort's invitation, a membership).
 * Works once, even if submitted twice at once. An address that already has an account accepts by
 * signing in instead (joinInvitedCohort): this form never takes an account over.
 */
export async function acceptInvitation(input: unknown, now = new Date()): Promise<AcceptInvitationResult> {
  const parsed = acceptInvitationSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), message: "checkFields" };
  }
  const { token, password, confirmPassword: _confirm, ...profile } = parsed.data;
  const passwordHash = await hashPassword(password);
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash: hashToken(token) },
      include: { cohort: { select: { countryCode: true } } },
    });
    if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now) return unusable;
    // Imports before this change created the account (no password) ahead of the invitation:
    // accepting completes it. An account that already has a password is never taken over.
    const existing = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true, passwordHash: true, role: true } });
    if (existing?.passwordHash) return unusable;
    // A cohort's invitation makes members only (see joinInvitedCohort), even of a staff account
    // that has no password yet.
    if (existing && invitation.cohortId && existing.role !== "MEMBER") return unusable;
    // Checked before the claim: returning from here commits, and a refused attempt must not use
    // the invitation up. Claiming it conditionally makes a second concurrent submit find it taken.
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: now },
    });
    if (claimed.count !== 1) return unusable;
    // The trainer's import may have recorded her preferred language (Dari, say); the form only knows
    // the interface language she happened to open the link in, so it does not overwrite it. What
    // she leaves empty falls back to what the import said, and her country to the cohort's.
    const { locale, ...chosen } = profile;
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { ...chosen, passwordHash }, select: { id: true } })
      : await tx.user.create({
          data: {
            email: invitation.email,
            role: invitation.role,
            passwordHash,
            displayName: chosen.displayName,
            countryCode: chosen.countryCode ?? invitation.cohort?.countryCode,
            sector: chosen.sector ?? invitation.sector,
            organisation: chosen.organisation ?? invitation.organisation,
            locale: invitation.locale ?? locale,
          },
          select: { id: true },
        });
    await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedById: user.id } });
    if (invitation.cohortId) {
      await tx.cohortMember.createMany({ data: [{ cohortId: invitation.cohortId, userId: user.id }], skipDuplicates: true });
    }
    return { ok: true as const, email: invitation.email };
  });
}
