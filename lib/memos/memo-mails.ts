import type { Mail } from "@/lib/mail/send-mail";

// Notices only: a mail never carries what she wrote or what the marker said, since mailboxes are
// shared and forwarded. The link leads to the page, where the reader's access is checked again.

export function memoSubmittedMail(to: string, memberName: string, version: number, link: string): Mail {
  return {
    to,
    subject: "A capstone risk memo is waiting for your mark",
    text: `${memberName} submitted version ${version} of the capstone risk memo. Mark it here:\n${link}\n`,
  };
}

export function memoMarkedMail(to: string, accepted: boolean, link: string): Mail {
  return {
    to,
    subject: accepted ? "Your capstone risk memo was accepted" : "Your capstone risk memo was returned for revision",
    text: accepted
      ? `Your capstone risk memo was accepted. Read the mark and the comments here:\n${link}\n`
      : `Your capstone risk memo was returned for revision. Read the comments, revise your memo and submit it again here:\n${link}\n`,
  };
}
