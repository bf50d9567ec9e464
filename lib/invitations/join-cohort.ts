import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { hashToken } from "./token";
import { tokenSchema } from "./schemas";

export type JoinCohortResult = { ok: true; cohortId: string } | { ok: false; fieldErrors: Record<string, string>; message: string };

const refused = (message: string): JoinCohortResult => ({ ok: false, fieldErrors: {}, message });

/**
 * A signed-in member accepts an invitation to a cohort: only now does she become a member, and
 * only now do its trainers see her progress. The invitation must be addressed to her own account.
 * Staff accounts are not enrolled as members: a trainer or coordinator in a members' cohort would
 * appear in its progress and reports as a learner, and a trainer could otherwise pull a colleague
 * in. They are told so here, and only here (the trainer who invited saw the same answer as for
 * anyone).
 */
export async function joinInvitedCohort(token: unknown, now = new Date()): Promise<JoinCohortResult> {
  const user = await requirePermission("learning:study");
  const parsed = tokenSchema.safeParse(token);
  if (!parsed.success) return refused("invitationUnusable");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash: hashToken(parsed.data) },
      select: { id: true, email: true, cohortId: true, expiresAt: true, acceptedAt: true, revokedAt: true },
    });
    const me = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true, role: true } });
    if (!invitation?.cohortId || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now) {
      return refused("invitationUnusable");
    }
    if (invitation.email !== me.email) return refused("invitationForSomeoneElse");
    if (me.role !== "MEMBER") return refused("staffCannotJoin");
    // Claimed conditionally, so a double submit joins once.
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: now, acceptedById: user.id },
    });
    if (claimed.count !== 1) return refused("invitationUnusable");
    await tx.cohortMember.createMany({ data: [{ cohortId: invitation.cohortId, userId: user.id }], skipDuplicates: true });
    return { ok: true as const, cohortId: invitation.cohortId };
  });
}
