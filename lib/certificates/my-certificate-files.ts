import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { publicOrigin } from "@/lib/http/public-origin";
import { verifyUrl } from "./credential";
import { renderCertificatePdf } from "./pdf/render-certificate-pdf";
import type { CertificateLabels } from "./pdf/certificate-document";

async function myCurrentCertificate() {
  const user = await requirePermission("learning:study");
  const certificate = await (await db()).certificate.findUnique({
    where: { currentForUserId: user.id },
    select: { id: true, nameShown: true, issuedAt: true, credentialJwt: true, revokedAt: true },
  });
  // A revoked certificate is not handed out again as a file that looks valid.
  if (!certificate || certificate.revokedAt) throw new NotFoundError("Your certificate");
  return certificate;
}

/** Her certificate as a PDF, in the language she is using now. */
export async function myCertificatePdf(labelsFor: (issuedAt: Date) => CertificateLabels, rtl: boolean): Promise<{ id: string; pdf: Buffer }> {
  const certificate = await myCurrentCertificate();
  const pdf = await renderCertificatePdf({
    id: certificate.id,
    nameShown: certificate.nameShown,
    verifyUrl: verifyUrl(publicOrigin(), certificate.id),
    rtl,
    labels: labelsFor(certificate.issuedAt),
  });
  return { id: certificate.id, pdf };
}

/** Her Open Badges 3.0 credential, the signed VC-JWT made when the certificate was issued. */
export async function myCredential(): Promise<{ id: string; jwt: string }> {
  const certificate = await myCurrentCertificate();
  return { id: certificate.id, jwt: certificate.credentialJwt };
}
