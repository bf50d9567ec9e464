import type { MailStatus } from "@/lib/generated/prisma/enums";
import { NO_MAIL_SERVER } from "@/lib/mail/mail-delivery";

export type Delivery =
  | { state: "queued" | "notMailed" | "failed" }
  | { state: "retrying"; attempts: number }
  | { state: "sent"; sentAt: Date };
type MailRow = { status: MailStatus; attempts: number; lastError: string | null; sentAt: Date | null };

/**
 * What a trainer is told about an invitation's mail, from its newest outbox row. The mail server's
 * own error text stays in the table (it may name hosts and is not hers to act on); she gets a
 * plain state and what to do about it.
 */
export function deliveryState(mail: MailRow | undefined): Delivery {
  if (!mail) return { state: "notMailed" };
  if (mail.status === "SENT") return { state: "sent", sentAt: mail.sentAt ?? new Date(0) };
  if (mail.status === "PENDING") return mail.attempts > 0 && mail.lastError ? { state: "retrying", attempts: mail.attempts } : { state: "queued" };
  if (mail.lastError === NO_MAIL_SERVER) return { state: "notMailed" };
  return { state: "failed" };
}

export type InvitationStatus = "accepted" | "replaced" | "expired" | "open";

export function invitationStatus(invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "replaced";
  return invitation.expiresAt <= now ? "expired" : "open";
}
