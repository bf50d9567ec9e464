import { requirePermission } from "@/lib/auth/current-user";
import { invitableRoles } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { sendMail } from "@/lib/mail/send-mail";
import { createInvitationSchema } from "./schemas";
import { hashToken, INVITATION_DAYS, newToken } from "./token";

export type CreateInvitationResult =
  | { ok: true; path: string; expiresAt: Date }
  | { ok: false; fieldErrors: Record<string, string>; message: string };

/** Creates a one-time invitation link; the token itself is returned once and never stored. */
export async function createInvitation(input: unknown, origin: string): Promise<CreateInvitationResult> {
  const user = await requirePermission("invitations:create");
  const parsed = createInvitationSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
    return { ok: false, fieldErrors, message: "checkFields" };
  }
  const { email, role } = parsed.data;
  if (!invitableRoles(user.role).includes(role)) {
    return { ok: false, fieldErrors: { role: "roleNotAllowed" }, message: "checkFields" };
  }
  const prisma = await db();
  if (await prisma.user.findUnique({ where: { email }, select: { id: true } })) {
    return { ok: false, fieldErrors: { email: "alreadyRegistered" }, message: "checkFields" };
  }
  const token = newToken();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  await prisma.invitation.create({ data: { tokenHash: hashToken(token), email, role, invitedById: user.id, expiresAt } });
  await prisma.auditEntry.create({ data: { actorId: user.id, action: "invitation.created", details: { role } } });
  const path = `/invite/${token}`;
  await sendMail({
    to: email,
    subject: "Your invitation to the course on responsible AI in law enforcement",
    text: `${user.displayName} has invited you to the course.\n\nOpen this link to set your password (it works once, until ${expiresAt.toUTCString()}):\n${origin}${path}\n`,
  });
  return { ok: true, path, expiresAt };
}
