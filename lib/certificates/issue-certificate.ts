import { requirePermission } from "@/lib/auth/current-user";
import { getCourse } from "@/lib/content/course";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { publicOrigin } from "@/lib/http/public-origin";
import type { Locale } from "@/lib/i18n/config";
import { newCertificateId } from "./certificate-id";
import { contentVersion } from "./content-version";
import { signCredential } from "./credential";
import { readEligibility } from "./eligibility";
import { COURSE_ID } from "./programme";
import { issueCertificateSchema } from "./schemas";
import { getIssuerKey } from "./issuer-key";

export type IssueResult =
  | { ok: true; id: string }
  | { ok: false; fieldErrors: Record<string, string>; message?: "notEligible" | "certificateRevoked" };

type Current = { id: string; nameShown: string; revokedAt: Date | null };

/**
 * Issues her certificate, or re-issues it under another name: the one standing for her is then
 * marked replaced and points to the new one. Asking again with the same name returns the same
 * certificate. Two requests at once make one certificate: the current one is locked while it is
 * replaced, and the unique index on currentForUserId refuses a second "first" certificate, which
 * the loser answers with the winner's.
 */
export async function issueCertificate(input: unknown, locale: Locale, now = new Date()): Promise<IssueResult> {
  const user = await requirePermission("learning:study");
  const parsed = issueCertificateSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, fieldErrors: Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])) };
  }
  const { nameShown } = parsed.data;
  const prisma = await db();
  const course = await getCourse();
  if (!(await readEligibility(prisma, course, user.id)).eligible) return { ok: false, fieldErrors: {}, message: "notEligible" };

  const draft = { id: newCertificateId(), nameShown, contentVersion: contentVersion(course), locale, issuedAt: now };
  const credentialJwt = await signCredential(draft, publicOrigin(), await getIssuerKey(prisma));
  const readCurrent = async () =>
    prisma.certificate.findUnique({ where: { currentForUserId: user.id }, select: { id: true, nameShown: true, revokedAt: true } });

  try {
    return await prisma.$transaction(async (tx): Promise<IssueResult> => {
      const [current] = await tx.$queryRaw<Current[]>`
        SELECT "id", "nameShown", "revokedAt" FROM "Certificate" WHERE "currentForUserId" = ${user.id} FOR UPDATE`;
      // A revoked certificate stays hers: re-issuing must not undo a coordinator's decision.
      if (current?.revokedAt) return { ok: false, fieldErrors: {}, message: "certificateRevoked" };
      if (current?.nameShown === nameShown) return { ok: true, id: current.id };
      if (current) {
        await tx.certificate.update({ where: { id: current.id }, data: { currentForUserId: null, replacedAt: now, replacedById: draft.id } });
      }
      await tx.certificate.create({
        data: { ...draft, userId: user.id, currentForUserId: user.id, courseId: COURSE_ID, credentialJwt },
      });
      return { ok: true, id: draft.id };
    });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    const winner = await readCurrent();
    if (!winner) throw error;
    return winner.revokedAt ? { ok: false, fieldErrors: {}, message: "certificateRevoked" } : { ok: true, id: winner.id };
  }
}
