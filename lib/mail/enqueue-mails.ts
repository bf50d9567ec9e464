import type { Prisma } from "@/lib/generated/prisma/client";
import { mailDelivery, NO_MAIL_SERVER } from "./mail-delivery";
import type { QueuedMail } from "./enqueue-mail";

/**
 * Queues many messages in one statement inside the caller's transaction (a 5,000-row import).
 * In production without a mail server the row records that the message was not sent, and keeps
 * no body: the one-time link it would carry is shown to the inviter instead, never stored.
 */
export async function enqueueMails(tx: Prisma.TransactionClient, mails: QueuedMail[]): Promise<string[]> {
  const unsendable = mailDelivery() === "none";
  const rows = await tx.outboxMail.createManyAndReturn({
    data: mails.map((mail) => ({
      toAddress: mail.to,
      subject: mail.subject,
      invitationId: mail.invitationId,
      ...(unsendable ? { body: null, status: "FAILED" as const, lastError: NO_MAIL_SERVER } : { body: mail.text }),
    })),
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
