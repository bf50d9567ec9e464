import type { Prisma } from "@/lib/generated/prisma/client";
import type { Mail } from "./send-mail";

export type QueuedMail = Mail & { invitationId?: string };

/**
 * Queues a message inside the caller's transaction: the invitation or reset it carries and the
 * message are written together or not at all. The outbox worker sends it afterwards, with retries.
 */
export async function enqueueMail(tx: Prisma.TransactionClient, mail: QueuedMail): Promise<string> {
  const row = await tx.outboxMail.create({
    data: { toAddress: mail.to, subject: mail.subject, body: mail.text, invitationId: mail.invitationId },
    select: { id: true },
  });
  return row.id;
}
