import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { CertificateFacts } from "@/components/certificates/certificate-facts";
import { findPublicCertificate } from "@/lib/certificates/find-certificate";
import { publicIssuerKeys } from "@/lib/certificates/issuer-key";
import { allowVerification } from "@/lib/certificates/verify-limit";
import { db } from "@/lib/db/client";
import { clientAddress } from "@/lib/http/client-address";
import { publicOrigin } from "@/lib/http/public-origin";

// Public: whoever holds the link or scans the QR code. Search engines must not list members' names.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verify"))("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function VerifyPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  // Refused before any lookup; the refusal page answers 429 (a page cannot set its own status).
  if (!(await allowVerification(clientAddress(await headers())))) redirect("/verify/too-many");
  const { id } = await params;
  const certificate = await findPublicCertificate(id);
  if (!certificate) notFound();
  const t = await getTranslations("verify");
  const tc = await getTranslations("certificate.pdf");
  const locale = await getLocale();
  const day = (value: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(value);
  const keys = await publicIssuerKeys(await db());
  const keysUrl = `${publicOrigin()}/verify/jwks.json`;
  const tone = { valid: "border-green-600 bg-green-50", revoked: "border-red-600 bg-red-50", replaced: "border-amber-600 bg-amber-50" }[certificate.status];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <div role="status" data-testid="verify-status" data-status={certificate.status} className={`rounded border-s-4 p-4 ${tone}`}>
        <p className="text-lg font-semibold">{t(certificate.status)}</p>
        <p>
          {certificate.status === "valid" && t("validBody")}
          {certificate.status === "revoked" && t("revokedBody", { date: day(certificate.revokedAt!), reason: certificate.revokedReason ?? "" })}
          {certificate.status === "replaced" && t("replacedBody", { date: day(certificate.replacedAt!) })}
        </p>
      </div>
      <CertificateFacts
        certificate={certificate}
        locale={locale}
        courseTitle={tc("courseTitle")}
        issuer={tc("issuedBy")}
        labels={{ name: t("name"), course: t("course"), issuer: t("issuer"), issuedOn: t("issuedOn"), contentVersion: t("contentVersion"), id: t("id") }}
      />
      <p className="text-sm text-slate-600">{tc("attribution")}</p>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("keyTitle")}</h2>
        <p>{t("keyBody", { url: keysUrl })}</p>
        <p>
          <a href="/verify/jwks.json" className="underline" dir="ltr">{keysUrl}</a>
        </p>
        <pre dir="ltr" className="overflow-x-auto rounded bg-slate-100 p-3 text-xs" data-testid="issuer-key">{JSON.stringify({ keys }, null, 2)}</pre>
      </section>
    </div>
  );
}
