import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { hashToken } from "./token";
import { tokenSchema } from "./schemas";

type Invited = { email: string; inviterName: string; cohortName: string | null };
export type InvitationState =
  | { state: "invalid" | "expired" | "used" | "replaced" }
  /** No account (or one a trainer's import made before invitations worked this way): create it. */
  | (Invited & { state: "new"; displayName?: string })
  /** The address has an account: she signs in as it and accepts. `viewer` is who opened the link. */
  | (Invited & { state: "join"; cohortName: string; viewer: "invitee" | "other" | "signedOut"; staff: boolean })
  /** The address has an account and the invitation brings no cohort: nothing to accept. */
  | { state: "hasAccount"; email: string };

/**
 * Public: what the invitation page shows for a link. Only the holder of a usable link learns the
 * address and whether it has an account, which is what she needs to accept.
 */
export async function findInvitation(token: string, now = new Date()): Promise<InvitationState> {
  if (!tokenSchema.safeParse(token).success) return { state: "invalid" };
  const prisma = await db();
  const invitation = await prisma.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      email: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      displayName: true,
      invitedBy: { select: { displayName: true } },
      cohort: { select: { name: true } },
    },
  });
  if (!invitation) return { state: "invalid" };
  if (invitation.acceptedAt) return { state: "used" };
  if (invitation.revokedAt) return { state: "replaced" };
  if (invitation.expiresAt <= now) return { state: "expired" };
  const invited = { email: invitation.email, inviterName: invitation.invitedBy.displayName, cohortName: invitation.cohort?.name ?? null };
  const account = await prisma.user.findUnique({
    where: { email: invitation.email },
    select: { id: true, role: true, displayName: true, passwordHash: true },
  });
  if (!account?.passwordHash) {
    // The form starts with the name the trainer gave, which she can change.
    const displayName = account?.displayName ?? invitation.displayName ?? undefined;
    return { state: "new", ...invited, ...(displayName ? { displayName } : {}) };
  }
  if (!invited.cohortName) return { state: "hasAccount", email: invitation.email };
  const viewer = await getCurrentUser();
  const isInvitee = viewer?.id === account.id;
  return {
    state: "join",
    ...invited,
    cohortName: invited.cohortName,
    viewer: isInvitee ? "invitee" : viewer ? "other" : "signedOut",
    staff: isInvitee && account.role !== "MEMBER",
  };
}
