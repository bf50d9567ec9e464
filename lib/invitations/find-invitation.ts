import { db } from "@/lib/db/client";
import { hashToken } from "./token";
import { tokenSchema } from "./schemas";

export type InvitationState =
  | { state: "valid"; email: string; displayName?: string }
  | { state: "invalid" | "expired" | "used" };

/** Public: what the invitation page shows for a link, revealing the email only for a usable link. */
export async function findInvitation(token: string, now = new Date()): Promise<InvitationState> {
  if (!tokenSchema.safeParse(token).success) return { state: "invalid" };
  const prisma = await db();
  const invitation = await prisma.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { email: true, expiresAt: true, acceptedAt: true },
  });
  if (!invitation) return { state: "invalid" };
  if (invitation.acceptedAt) return { state: "used" };
  if (invitation.expiresAt <= now) return { state: "expired" };
  // A trainer's import may have created her account already (no password yet): the form starts
  // with the name the trainer gave, which she can change.
  const account = await prisma.user.findUnique({
    where: { email: invitation.email },
    select: { displayName: true, passwordHash: true },
  });
  if (account?.passwordHash) return { state: "used" };
  return { state: "valid", email: invitation.email, displayName: account?.displayName };
}
