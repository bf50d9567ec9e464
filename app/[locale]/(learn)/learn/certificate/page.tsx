import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { CertificateFacts } from "@/components/certificates/certificate-facts";
import { requirePageUser } from "@/lib/auth/page-guard";
import { verifyUrl } from "@/lib/certificates/credential";
import { getMyCertificatePage } from "@/lib/certificates/find-certificate";
import { qrSvg } from "@/lib/certificates/pdf/render-certificate-pdf";
import { publicOrigin } from "@/lib/http/public-origin";
import { IssueForm } from "./_components/issue-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("certificate"))("title") };
}

export default async function CertificatePage() {
  await connection();
  await requirePageUser("learning:study", "/learn/certificate");
  const { eligibility, certificate, displayName } = await getMyCertificatePage();
  const t = await getTranslations("certificate");
  const tv = await getTranslations("verify");
  const locale = await getLocale();
  const day = (value: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(value);

  if (!certificate) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {eligibility.eligible ? (
          <>
            <p>{t("ready")}</p>
            <IssueForm defaultName={displayName} reissue={false} />
          </>
        ) : (
          <section className="space-y-3" data-testid="not-eligible">
            <p>{t("notYet")}</p>
            {eligibility.missingModules.length > 0 && (
              <>
                <p className="font-medium">{t("missingModules")}</p>
                <ul className="list-disc ps-6">
                  {eligibility.missingModules.map((module) => (
                    <li key={module.slug}>
                      <Link href={`/learn/${module.slug}`} className="underline">{module.title}</Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <p>{t(`memo.${eligibility.memoStatus ?? "none"}`)}</p>
          </section>
        )}
      </div>
    );
  }

  const url = verifyUrl(publicOrigin(), certificate.id);
  const tp = await getTranslations("certificate.pdf");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold print:hidden">{t("title")}</h1>
      {certificate.status === "revoked" && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {t("revoked", { date: day(certificate.revokedAt!), reason: certificate.revokedReason ?? "" })}
        </p>
      )}
      <article className="certificate-sheet space-y-4 rounded border-4 border-brand-600 p-6 text-center" data-testid="certificate-sheet">
        <p className="text-3xl font-bold text-brand-700">{tp("title")}</p>
        <p>{tp("certifies")}</p>
        <p className="text-3xl font-bold" dir="auto" data-testid="certificate-name">{certificate.nameShown}</p>
        <p>{tp("completed")}</p>
        <p className="text-xl font-semibold">{tp("courseTitle")}</p>
        <p>{tp("issuedBy")}</p>
        <p className="text-xs text-slate-600">{tp("attribution")}</p>
        <div className="flex items-end justify-between gap-4 text-start">
          <div className="text-sm">
            <p>{tp("issuedOn", { date: day(certificate.issuedAt) })}</p>
            <p>
              {tp("certificateId")}: <span className="font-mono" dir="ltr">{certificate.id}</span>
            </p>
            <p>{tp("verifyAt")}</p>
            <p className="font-mono break-all" dir="ltr">{url}</p>
          </div>
          {/* Markup made on the server by the qrcode library from our own URL: nothing a user typed. */}
          <div role="img" aria-label={t("qrAlt")} className="size-28 shrink-0 [&>svg]:size-full" dangerouslySetInnerHTML={{ __html: await qrSvg(url) }} />
        </div>
      </article>
      <div className="flex flex-wrap gap-3 print:hidden">
        {certificate.status !== "revoked" && (
          <>
            <a href="/learn/certificate/pdf" className="rounded bg-brand-600 px-4 py-2 font-medium text-white" data-testid="download-pdf">{t("downloadPdf")}</a>
        <a href="/learn/certificate/credential" className="rounded border border-brand-600 px-4 py-2 font-medium text-brand-700" data-testid="download-badge">{t("downloadBadge")}</a>
          </>
        )}
        <a href={`/verify/${certificate.id}`} className="px-4 py-2 underline" data-testid="verify-link">{t("verifyLink")}</a>
      </div>
      <div className="space-y-2 text-sm text-slate-600 print:hidden">
        <p>{t("badgeNote")}</p>
        <p>{t("print")}</p>
      </div>
      <section className="print:hidden">
        <CertificateFacts
          certificate={certificate}
          locale={locale}
          courseTitle={tp("courseTitle")}
          issuer={tp("issuedBy")}
          labels={{ name: tv("name"), course: tv("course"), issuer: tv("issuer"), issuedOn: tv("issuedOn"), contentVersion: tv("contentVersion"), id: tv("id") }}
        />
      </section>
      {certificate.status !== "revoked" && <IssueForm defaultName={certificate.nameShown} reissue />}
    </div>
  );
}
