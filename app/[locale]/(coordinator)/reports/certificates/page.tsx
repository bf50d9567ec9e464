import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/page-guard";
import { countCertificatesIssued, listCertificates } from "@/lib/certificates/certificate-report";
import { filtersToQuery, parseReportFilters } from "@/lib/reports/filters";
import { RevokeForm } from "./_components/revoke-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports.certificates"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Certificates under the report's filters, to find one by id or name and revoke it. */
export default async function CertificatesReportPage({ searchParams }: Props) {
  await connection();
  await requirePageUser("reports:read", "/reports/certificates");
  const params = await searchParams;
  const { filters, invalid } = parseReportFilters(params);
  const query = typeof params.q === "string" ? params.q : "";
  const t = await getTranslations("reports.certificates");
  const tr = await getTranslations("reports");
  const locale = await getLocale();
  const [count, rows] = await Promise.all([countCertificatesIssued(filters), listCertificates(filters, query)]);
  const day = (value: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(value);
  const filterQuery = filtersToQuery(filters);
  return (
    <div className="space-y-6">
      <p><Link href={`/reports?${filterQuery}`} className="underline">{tr("title")}</Link></p>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {invalid.length > 0 && <p role="alert" className="text-amber-800">{tr("invalidFilters", { names: invalid.join(", ") })}</p>}
      <p className="text-lg font-semibold" data-testid="certificates-issued">{t("issued", { count })}</p>
      <p className="text-sm text-slate-600">{t("note")}</p>
      <p>
        <a href={`/reports/certificates/export?${filterQuery}`} className="inline-block rounded border border-brand-600 px-4 py-2 font-medium text-brand-700">{t("download")}</a>
      </p>
      <form method="get" className="flex flex-wrap items-end gap-3" role="search">
        {Object.entries(Object.fromEntries(new URLSearchParams(filterQuery))).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label className="block grow">
          <span className="block font-medium">{t("findLabel")}</span>
          <input type="search" name="q" defaultValue={query} maxLength={80} className="block w-full rounded border border-slate-400 px-3 py-2" />
        </label>
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white">{t("findSubmit")}</button>
      </form>
      {rows.length === 0 ? (
        <p role="status">{t("none")}</p>
      ) : (
        <table className="w-full text-start text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className="p-2 text-start">{t("column.name")}</th>
              <th scope="col" className="p-2 text-start">{t("column.issued")}</th>
              <th scope="col" className="p-2 text-start">{t("column.status")}</th>
              <th scope="col" className="p-2 text-start">{t("column.action")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b align-top" data-testid={`certificate-${row.id}`}>
                <td className="p-2">
                  <span dir="auto">{row.nameShown}</span>
                  <br />
                  <a href={`/verify/${row.id}`} className="font-mono text-xs underline" dir="ltr">{row.id}</a>
                </td>
                <td className="p-2">{day(row.issuedAt)}</td>
                <td className="p-2">
                  {t(`status.${row.status}`)}
                  {row.revokedReason && <p className="text-xs text-slate-600">{row.revokedReason}</p>}
                </td>
                <td className="p-2">{row.status === "revoked" ? null : <RevokeForm certificateId={row.id} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
