import type { Mail } from "@/lib/mail/send-mail";

export const RESET_MINUTES = 60;

export function resetMail(to: string, link: string, expiresAt: Date): Mail {
  return {
    to,
    subject: "Set a new password for the course on responsible AI in law enforcement",
    text:
      `Someone asked to set a new password for your account. If it was you, open this link (it works once, until ${expiresAt.toUTCString()}):\n${link}\n\n` +
      "If it was not you, ignore this message: your password stays as it is.\n",
  };
}
