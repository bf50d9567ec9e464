import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { revokeCertificateSchema } from "./schemas";

export type RevokeResult = { ok: true } | { ok: false; fieldErrors: Record<string, string> };

/**
 * A coordinator withdraws a certificate, with a reason the verify page shows. The change and its
 * audit entry are one transaction, and only a certificate not yet revoked changes, so a second
 * coordinator's click cannot overwrite the first reason.
 */
export async function revokeCertificate(input: unknown, now = new Date()): Promise<RevokeResult> {
  const coordinator = await requirePermission("certificates:revoke");
  const parsed = revokeCertificateSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, fieldErrors: Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])) };
  }
  const { certificateId, reason } = parsed.data;
  await (await db()).$transaction(async (tx) => {
    const { count } = await tx.certificate.updateMany({
      where: { id: certificateId, revokedAt: null },
      data: { revokedAt: now, revokedReason: reason, revokedById: coordinator.id },
    });
    if (count === 0) {
      const exists = await tx.certificate.count({ where: { id: certificateId } });
      if (exists === 0) throw new NotFoundError("This certificate");
      return;
    }
    await tx.auditEntry.create({ data: { actorId: coordinator.id, action: "certificate.revoked", details: { certificateId, reason } } });
  });
  return { ok: true };
}
