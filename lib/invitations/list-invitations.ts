import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { INVITATION_VIEW, toInvitationView, type InvitationView } from "./invitation-view";

/** The invitations she sent and that are not replaced, newest first, with their mail's state. */
export async function listMyInvitations(now = new Date()): Promise<InvitationView[]> {
  const user = await requirePermission("invitations:create");
  const rows = await (await db()).invitation.findMany({
    where: { invitedById: user.id, revokedAt: null },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: INVITATION_VIEW,
  });
  return rows.map((row) => toInvitationView(row, now));
}
