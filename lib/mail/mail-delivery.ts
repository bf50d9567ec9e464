import { env } from "@/lib/env";

/** lastError of a message that was never going to be sent: no mail server in production. */
export const NO_MAIL_SERVER = "no mail server";

export type MailDelivery = "smtp" | "files" | "none";

/**
 * How mail leaves: through SMTP_URL; as files in OUTBOX_DIR (development, tests, and a production
 * demo that sets OUTBOX_DIR on purpose); or not at all (production without either), in which case
 * the inviter is shown the link once and nothing carrying a token is stored.
 */
export function mailDelivery(): MailDelivery {
  if (env.SMTP_URL) return "smtp";
  if (env.NODE_ENV !== "production" || env.OUTBOX_DIR) return "files";
  return "none";
}
