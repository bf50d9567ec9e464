import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { cohortScope } from "@/lib/cohorts/access";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { pokeMailWorker } from "@/lib/mail/background-worker";
import { mailDelivery } from "@/lib/mail/mail-delivery";
import { issueInvitations } from "./issue-invitations";
import { invitationIdSchema } from "./schemas";

export type ResendInvitationResult = { ok: true; mailed: boolean; link?: string };

/**
 * Replaces an open invitation with a new one: new token, new expiry, new mail. The old link stops
 * working (its page says it was replaced) and its unsent mail is withdrawn, all in one
 * transaction. Open to whoever sent it and to the trainers of its cohort (a co-trainer may resend
 * for a colleague on leave); coordinators and admins may resend any.
 */
export async function resendInvitation(invitationId: unknown, now = new Date()): Promise<ResendInvitationResult> {
  const user = await requirePermission("invitations:create");
  const id = invitationIdSchema.safeParse(invitationId);
  if (!id.success) throw new NotFoundError("This invitation");
  const prisma = await db();
  const scope = can(user.role, "cohorts:manage-all")
    ? {}
    : { OR: [{ invitedById: user.id }, { cohort: cohortScope(user) }] };
  const [issued] = await prisma.$transaction(async (tx) => {
    const old = await tx.invitation.findFirst({
      where: { AND: [{ id: id.data, acceptedAt: null, revokedAt: null }, scope] },
      select: { id: true, email: true, role: true, cohortId: true, displayName: true, sector: true, organisation: true, locale: true, cohort: { select: { name: true } } },
    });
    // Claimed conditionally, so two resends at once produce one new invitation, not two.
    const revoked = old && (await tx.invitation.updateMany({ where: { id: old.id, revokedAt: null, acceptedAt: null }, data: { revokedAt: now } }));
    if (!old || revoked?.count !== 1) throw new NotFoundError("This invitation");
    await tx.outboxMail.updateMany({
      where: { invitationId: old.id, status: "PENDING" },
      data: { status: "FAILED", body: null, lockedUntil: null, lastError: "replaced by a new invitation" },
    });
    const { id: _id, cohort, ...draft } = old;
    const invitations = await issueInvitations(tx, user, [draft], cohort?.name ?? null, now);
    await tx.auditEntry.create({ data: { actorId: user.id, action: "invitation.resent", details: { replaced: old.id, by: invitations[0]!.id } } });
    return invitations;
  });
  pokeMailWorker();
  const mailed = mailDelivery() === "smtp";
  return { ok: true, mailed, ...(mailed ? {} : { link: issued!.link }) };
}
