import type { PublicCertificate } from "@/lib/certificates/find-certificate";

type Labels = { name: string; course: string; issuer: string; issuedOn: string; contentVersion: string; id: string };

/** The certificate's own facts, as the verify page and her own page show them: nothing about her account. */
export function CertificateFacts({ certificate, labels, courseTitle, issuer, locale }: { certificate: PublicCertificate; labels: Labels; courseTitle: string; issuer: string; locale: string }) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(certificate.issuedAt);
  const rows: [string, string, boolean?][] = [
    [labels.name, certificate.nameShown],
    [labels.course, courseTitle],
    [labels.issuer, issuer],
    [labels.issuedOn, date],
    [labels.contentVersion, certificate.contentVersion, true],
    [labels.id, certificate.id, true],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {rows.map(([term, value, code]) => (
        <div key={term} className="contents">
          <dt className="font-medium text-slate-600">{term}</dt>
          <dd className={code ? "font-mono text-sm break-all" : undefined} dir={code ? "ltr" : "auto"}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
