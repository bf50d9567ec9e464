import { requirePermission } from "@/lib/auth/current-user";
import { findScopedCohort } from "@/lib/cohorts/access";
import { db } from "@/lib/db/client";
import { INVITATION_VIEW, toInvitationView, type InvitationView } from "./invitation-view";

/** A cohort's invitations not yet accepted (nor replaced), for its trainers: who still has to join. */
export async function listCohortInvitations(cohortId: string, now = new Date()): Promise<InvitationView[]> {
  const user = await requirePermission("cohorts:manage-own");
  const cohort = await findScopedCohort(user, cohortId);
  const rows = await (await db()).invitation.findMany({
    where: { cohortId: cohort.id, acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: "desc" },
    take: 500,
    select: INVITATION_VIEW,
  });
  return rows.map((row) => toInvitationView(row, now));
}
