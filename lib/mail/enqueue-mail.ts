import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueMails } from "./enqueue-mails";
import type { Mail } from "./send-mail";

export type QueuedMail = Mail & { invitationId?: string };

/**
 * Queues a message inside the caller's transaction: the invitation or reset it carries and the
 * message are written together or not at all. The outbox worker sends it afterwards, with retries
 * (call pokeMailWorker() after the transaction commits so it goes out at once). In production
 * without a mail server nothing is sent and no body is kept: see mailDelivery().
 */
export async function enqueueMail(tx: Prisma.TransactionClient, mail: QueuedMail): Promise<string> {
  const [id] = await enqueueMails(tx, [mail]);
  return id!;
}
