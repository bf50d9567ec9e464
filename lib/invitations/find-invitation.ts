import { db } from "@/lib/db/client";
import { hashToken } from "./token";
import { tokenSchema } from "./schemas";

export type InvitationState =
  | { state: "valid"; email: string }
  | { state: "invalid" | "expired" | "used" };

/** Public: what the invitation page shows for a link, revealing the email only for a usable link. */
export async function findInvitation(token: string, now = new Date()): Promise<InvitationState> {
  if (!tokenSchema.safeParse(token).success) return { state: "invalid" };
  const invitation = await (await db()).invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { email: true, expiresAt: true, acceptedAt: true },
  });
  if (!invitation) return { state: "invalid" };
  if (invitation.acceptedAt) return { state: "used" };
  if (invitation.expiresAt <= now) return { state: "expired" };
  return { state: "valid", email: invitation.email };
}
