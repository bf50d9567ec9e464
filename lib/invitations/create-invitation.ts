import { requirePermission } from "@/lib/auth/current-user";
import { invitableRoles } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { fieldErrorsOf } from "@/lib/form-errors";
import { pokeMailWorker } from "@/lib/mail/background-worker";
import { mailDelivery } from "@/lib/mail/mail-delivery";
import { issueInvitations } from "./issue-invitations";
import { createInvitationSchema } from "./schemas";

export type CreateInvitationResult =
  | { ok: true; mailed: boolean; link?: string }
  | { ok: false; fieldErrors: Record<string, string>; message: string };

/**
 * Creates a one-time invitation and queues its mail in one transaction. The answer is the same
 * whether or not the address has an account (an inviter must not learn who is registered): the
 * link's page tells the invitee. The link comes back only when no mail server sends it, for the
 * inviter to pass on; it is never stored.
 */
export async function createInvitation(input: unknown): Promise<CreateInvitationResult> {
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
  const [invitation] = await prisma.$transaction(async (tx) => {
    const issued = await issueInvitations(tx, user, [{ email, role }]);
    await tx.auditEntry.create({ data: { actorId: user.id, action: "invitation.created", details: { role } } });
    return issued;
  });
  pokeMailWorker();
  const mailed = mailDelivery() === "smtp";
  return { ok: true, mailed, ...(mailed ? {} : { link: invitation!.link }) };
}
