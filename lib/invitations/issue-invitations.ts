import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role, Sector } from "@/lib/generated/prisma/enums";
import { publicOrigin } from "@/lib/http/public-origin";
import { enqueueMails } from "@/lib/mail/enqueue-mails";
import { invitationExpiry, invitationMail } from "./invitation-mail";
import { hashToken, INVITATION_DAYS, newToken } from "./token";

export type InvitationDraft = {
  email: string;
  role: Role;
  cohortId?: string | null;
  displayName?: string | null;
  sector?: Sector | null;
  organisation?: string | null;
  locale?: string | null;
};
export type IssuedInvitation = { id: string; email: string; link: string };
type Inviter = { id: string; displayName: string };

/**
 * Writes invitations and their mail inside the caller's transaction, so an invitation never exists
 * without the message that carries it (and a failure leaves neither). Tokens live only in the
 * returned links and the queued bodies; the table keeps their hashes.
 */
export async function issueInvitations(
  tx: Prisma.TransactionClient,
  inviter: Inviter,
  drafts: InvitationDraft[],
  cohortName: string | null = null,
  now = new Date(),
): Promise<IssuedInvitation[]> {
  const origin = publicOrigin();
  const expiresAt = invitationExpiry(now, INVITATION_DAYS);
  const tokens = new Map(drafts.map((draft) => [draft.email, newToken()]));
  const rows = await tx.invitation.createManyAndReturn({
    data: drafts.map((draft) => ({ ...draft, tokenHash: hashToken(tokens.get(draft.email)!), invitedById: inviter.id, expiresAt })),
    select: { id: true, email: true },
  });
  const issued = rows.map((row) => ({ id: row.id, email: row.email, link: `${origin}/invite/${tokens.get(row.email)}` }));
  await enqueueMails(
    tx,
    issued.map((invitation) => ({
      ...invitationMail({ to: invitation.email, inviterName: inviter.displayName, cohortName, link: invitation.link, expiresAt }),
      invitationId: invitation.id,
    })),
  );
  return issued;
}
