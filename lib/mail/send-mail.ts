import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

export type Mail = { to: string; subject: string; text: string };

// Below the outbox worker's five-minute lease, so a slow server cannot make a second worker take
// the same message while this one is still talking to it.
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

/**
 * The outbox worker's default transport. Sends through SMTP_URL when it is set. Without it
 * (development, the demo) the message is written to the outbox folder (data/outbox by default),
 * where the README tells people to look. Throws on failure: the worker retries.
 */
export async function sendMail(mail: Mail): Promise<void> {
  if (env.SMTP_URL) {
    const nodemailer = await import("nodemailer");
    await nodemailer.createTransport(env.SMTP_URL, SMTP_TIMEOUTS).sendMail({ from: env.MAIL_FROM, ...mail });
    return;
  }
  const dir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.OUTBOX_DIR ?? "data/outbox");
  await mkdir(dir, { recursive: true });
  const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${mail.to.replace(/[^a-z0-9@.-]/gi, "_")}.txt`;
  await writeFile(path.join(dir, name), `To: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n`, { mode: 0o600 });
}
