import { requirePermission } from "@/lib/auth/current-user";
import { invitableRoles } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { fieldErrorsOf } from "@/lib/form-errors";
import { sendMail } from "@/lib/mail/send-mail";
import { invitationExpiry, invitationMail } from "./invitation-mail";
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
    return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), message: "checkFields" };
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
  const expiresAt = invitationExpiry(new Date(), INVITATION_DAYS);
  await prisma.invitation.create({ data: { tokenHash: hashToken(token), email, role, invitedById: user.id, expiresAt } });
  await prisma.auditEntry.create({ data: { actorId: user.id, action: "invitation.created", details: { role } } });
  const path = `/invite/${token}`;
  await sendMail(invitationMail(email, user.displayName, `${origin}${path}`, expiresAt));
  return { ok: true, path, expiresAt };
}
