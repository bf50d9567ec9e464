import { requirePermission } from "@/lib/auth/current-user";
import { getCourse } from "@/lib/content/course";
import { db } from "@/lib/db/client";
import { certificateIdSchema } from "./certificate-id";
import { readEligibility, type Eligibility } from "./eligibility";

export type CertificateStatus = "valid" | "revoked" | "replaced";

/** What anyone holding the link may see: the certificate itself, nothing about its holder's account. */
export type PublicCertificate = {
  id: string;
  nameShown: string;
  courseId: string;
  contentVersion: string;
  locale: string;
  issuedAt: Date;
  status: CertificateStatus;
  revokedAt: Date | null;
  revokedReason: string | null;
  replacedAt: Date | null;
};

const PUBLIC_FIELDS = {
  id: true,
  nameShown: true,
  courseId: true,
  contentVersion: true,
  locale: true,
  issuedAt: true,
  revokedAt: true,
  revokedReason: true,
  replacedAt: true,
} as const;

// Revocation outranks replacement: a withdrawn certificate must never read as merely renamed.
const statusOf = (row: { revokedAt: Date | null; replacedAt: Date | null }): CertificateStatus =>
  row.revokedAt ? "revoked" : row.replacedAt ? "replaced" : "valid";

/** Public on purpose (the verify page): a malformed id is not even looked up. */
export async function findPublicCertificate(id: string): Promise<PublicCertificate | null> {
  if (!certificateIdSchema.safeParse(id).success) return null;
  const row = await (await db()).certificate.findUnique({ where: { id }, select: PUBLIC_FIELDS });
  return row ? { ...row, status: statusOf(row) } : null;
}

export type MyCertificatePage = { eligibility: Eligibility; certificate: (PublicCertificate & { credentialJwt: string }) | null; displayName: string };

/** Her own certificate page: the one standing for her (valid or revoked) and why she may or may not have one. */
export async function getMyCertificatePage(): Promise<MyCertificatePage> {
  const user = await requirePermission("learning:study");
  const prisma = await db();
  const [eligibility, row] = await Promise.all([
    readEligibility(prisma, await getCourse(), user.id),
    prisma.certificate.findUnique({ where: { currentForUserId: user.id }, select: { ...PUBLIC_FIELDS, credentialJwt: true } }),
  ]);
  return { eligibility, displayName: user.displayName, certificate: row ? { ...row, status: statusOf(row) } : null };
}
