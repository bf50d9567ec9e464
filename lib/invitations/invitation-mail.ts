import type { Mail } from "@/lib/mail/send-mail";

type InvitationMailOptions = { to: string; inviterName: string; cohortName?: string | null; link: string; expiresAt: Date };

/**
 * One text for everyone, whether or not the address already has an account: the page behind the
 * link knows which, and tells only the person who opens it.
 */
export function invitationMail({ to, inviterName, cohortName, link, expiresAt }: InvitationMailOptions): Mail {
  const what = cohortName ? `to join the cohort "${cohortName}" in the course` : "to the course";
  return {
    to,
    subject: "Your invitation to the course on responsible AI in law enforcement",
    text:
      `${inviterName} has invited you ${what} on responsible AI in law enforcement.\n\n` +
      `Open this link to accept (it works once, until ${expiresAt.toUTCString()}):\n${link}\n\n` +
      "If you have no account yet, you will choose a name and a password. If you already have one, sign in and accept.\n" +
      "If you did not expect this invitation, ignore this message.\n",
  };
}

export const invitationExpiry = (now: Date, days: number) => new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
