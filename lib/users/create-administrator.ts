import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { fieldErrorsOf } from "@/lib/form-errors";
import { createAdministratorSchema } from "./schemas";

export type CreateAdministratorResult =
  | { ok: true; id: string }
  | { ok: false; fieldErrors: Record<string, string>; message: "checkFields" | "alreadyRegistered" };

/**
 * For `npm run admin:create` only, never called from the web app: whoever runs it already has the
 * server's shell and database, which is the permission. Creates an administrator account and
 * records it in the audit log, in one transaction; an existing account is never taken over.
 */
export async function createAdministrator(input: unknown): Promise<CreateAdministratorResult> {
  const parsed = createAdministratorSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), message: "checkFields" };
  const { email, displayName, password } = parsed.data;
  const passwordHash = await hashPassword(password);
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
      return { ok: false as const, fieldErrors: { email: "alreadyRegistered" }, message: "alreadyRegistered" as const };
    }
    const user = await tx.user.create({ data: { email, displayName, role: "ADMIN", passwordHash }, select: { id: true } });
    await tx.auditEntry.create({ data: { actorId: user.id, action: "user.admin-created", details: { via: "command line" } } });
    return { ok: true as const, id: user.id };
  });
}
