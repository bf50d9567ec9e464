import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";

/** Ends every session of her account, on every device, this one included. */
export async function signOutEverywhere(): Promise<{ ok: true }> {
  const user = await requirePermission("account:manage-own");
  const prisma = await db();
  await prisma.$transaction([
    prisma.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } }),
    prisma.auditEntry.create({ data: { actorId: user.id, action: "user.signed-out-everywhere", details: {} } }),
  ]);
  return { ok: true };
}
