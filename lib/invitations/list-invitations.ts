import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";

export type SentInvitation = { id: string; email: string; role: string; expiresAt: Date; acceptedAt: Date | null };

/** The invitations she sent, newest first. */
export async function listMyInvitations(): Promise<SentInvitation[]> {
  const user = await requirePermission("invitations:create");
  return (await db()).invitation.findMany({
    where: { invitedById: user.id },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, email: true, role: true, expiresAt: true, acceptedAt: true },
  });
}
