import { hitLimits } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db/client";
import { fieldErrorsOf } from "@/lib/form-errors";
import { hashToken, newToken } from "@/lib/invitations/token";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { RESET_MINUTES, resetMail } from "./reset-mail";
import { requestPasswordResetSchema } from "./schemas";

export type RequestPasswordResetResult = { ok: true } | { ok: false; fieldErrors: Record<string, string>; message: string };

export type RequestContext = { origin: string; address: string; now?: Date };

// Three links per email and ten requests per address an hour: enough for a member who mistypes or
// loses a message, too few to flood someone's inbox or to probe many addresses. Both counters apply
// whether or not the email has an account, so being throttled reveals nothing either.
const PER_EMAIL = 3;
const PER_ADDRESS = 10;
const WINDOW_MS = 60 * 60 * 1000;

/**
 * Public: emails a single-use link to set a new password. The answer is the same whether or not
 * the email has an account. The reset row and its message are written in one transaction, and a
 * new link makes the earlier ones stop working.
 */
export async function requestPasswordReset(input: unknown, { origin, address, now = new Date() }: RequestContext): Promise<RequestPasswordResetResult> {
  const parsed = requestPasswordResetSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), message: "checkFields" };
  const { email } = parsed.data;
  const prisma = await db();
  const limits = [
    { key: `reset:email:${email}`, max: PER_EMAIL },
    { key: `reset:address:${address}`, max: PER_ADDRESS },
  ];
  if (!(await hitLimits(prisma, limits, WINDOW_MS, now))) return { ok: false, fieldErrors: {}, message: "throttled" };
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, deactivatedAt: true } });
  // No account, a deactivated one, or one still waiting for its invitation to be accepted: nothing
  // to reset, and the same answer.
  if (!user || user.deactivatedAt || !user.passwordHash) return { ok: true };
  const token = newToken();
  const expiresAt = new Date(now.getTime() + RESET_MINUTES * 60 * 1000);
  await prisma.$transaction(async (tx) => {
    await tx.passwordReset.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
    await tx.passwordReset.create({ data: { tokenHash: hashToken(token), userId: user.id, expiresAt } });
    await enqueueMail(tx, resetMail(email, `${origin}/reset-password/${token}`, expiresAt));
  });
  return { ok: true };
}
