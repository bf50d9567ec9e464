import type { Mail } from "@/lib/mail/send-mail";

export function invitationMail(to: string, inviterName: string, link: string, expiresAt: Date): Mail {
  return {
    to,
    subject: "Your invitation to the course on responsible AI in law enforcement",
    text: `${inviterName} has invited you to the course.\n\nOpen this link to set your password (it works once, until ${expiresAt.toUTCString()}):\n${link}\n`,
  };
}

export const invitationExpiry = (now: Date, days: number) => new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
