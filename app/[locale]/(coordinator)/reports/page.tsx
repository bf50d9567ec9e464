import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SelectField } from "@/components/ui/select-field";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listCohorts } from "@/lib/cohorts/list-cohorts";
import { getCourse } from "@/lib/content/course";
import { PARTNER_COUNTRIES } from "@/lib/countries";
import { SECTORS } from "@/lib/invitations/schemas";
import { countCertificatesIssued } from "@/lib/certificates/certificate-report";
import { getCompletionReport } from "@/lib/reports/completion-report";
import { filtersToQuery, parseReportFilters, type ReportFilters } from "@/lib/reports/filters";
import { getMemoCounts } from "@/lib/memos/memo-counts";
import { CompletionChart } from "./_components/completion-chart";
import { MemoCountsTable } from "./_components/memo-counts-table";
import { ReportTable } from "./_components/report-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReportsPage({ searchParams }: Props) {
  await requirePageUser("reports:read", "/reports");
  const { filters, invalid } = parseReportFilters(await searchParams);
  const t = await getTranslations("reports");
  const tc = await getTranslations("countries");
  const ts = await getTranslations("sectors");
  const locale = await getLocale();
  const course = await getCourse(locale);
  const [report, cohortOptions, certificates, memoCounts] = await Promise.all([getCompletionReport(filters, new Date(), locale), listCohorts(), countCertificatesIssued(filters), getMemoCounts(filters)]);
  const withFilters = (extra: ReportFilters) => `/reports?${filtersToQuery({ ...filters, ...extra })}`;
  const byCountry = report.byCountry.map((row) => ({ ...row, label: tc(row.key) }));
  const cohorts = filters.country || filters.cohort ? report.byCohort : [];
  const cohortCaption = filters.country ? t("byCohort", { country: tc(filters.country) }) : t("filter.cohort");
  const day = (value?: Date) => value?.toISOString().slice(0, 10);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <form method="get" className="grid gap-3 rounded border border-slate-200 p-4 sm:grid-cols-3">
        <SelectField label={t("filter.country")} name="country" defaultValue={filters.country ?? ""} options={[{ value: "", label: t("filter.all") }, ...PARTNER_COUNTRIES.map((c) => ({ value: c.code, label: tc(c.code) }))]} />
        <SelectField label={t("filter.module")} name="module" defaultValue={filters.module ?? ""} options={[{ value: "", label: t("filter.all") }, ...course.modules.map((m) => ({ value: m.slug, label: m.frontmatter.title }))]} />
        <SelectField label={t("filter.sector")} name="sector" defaultValue={filters.sector ?? ""} options={[{ value: "", label: t("filter.all") }, ...SECTORS.map((s) => ({ value: s, label: ts(s) }))]} />
        <label className="block">
          <span className="block font-medium">{t("filter.from")}</span>
          <input type="date" name="from" defaultValue={day(filters.from)} className="block w-full rounded border border-slate-400 px-3 py-2" />
        </label>
        <label className="block">
          <span className="block font-medium">{t("filter.to")}</span>
          <input type="date" name="to" defaultValue={day(filters.to)} className="block w-full rounded border border-slate-400 px-3 py-2" />
        </label>
        <SelectField
          label={t("filter.cohort")}
          name="cohort"
          defaultValue={filters.cohort ?? ""}
          options={[
            { value: "", label: t("filter.all") },
            ...cohortOptions
              .filter((cohort) => !filters.country || cohort.countryCode === filters.country)
              .map((cohort) => ({ value: cohort.id, label: cohort.archived ? `${cohort.name} (${t("filter.archived")})` : cohort.name })),
          ]}
        />
        <div className="flex items-end gap-3">
          <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white">{t("filter.apply")}</button>
          <Link href="/reports" className="underline">{t("filter.clear")}</Link>
        </div>
      </form>
      {invalid.length > 0 && <p role="alert" className="text-amber-800">{t("invalidFilters", { names: invalid.join(", ") })}</p>}
      <p className="text-sm text-slate-600">{t("dateNote")}</p>
      <p>
        <a href={`/reports/export?${filtersToQuery(filters)}`} className="inline-block rounded border border-brand-600 px-4 py-2 font-medium text-brand-700" data-testid="export-csv">
          {t("download")}
        </a>{" "}
        <Link href={`/reports/learning-gain?${filtersToQuery(filters)}`} className="ms-3 underline">
          {t("gain.link")}
        </Link>
        <Link href={`/reports/questions?${filtersToQuery(filters)}`} className="ms-3 underline">
          {t("questions.link")}
        </Link>
        <Link href="/reports/translations" className="ms-3 underline">
          {t("translationsLink")}
        </Link>
      </p>

      <section className="space-y-2">
        <h2 className="text-xl font-semibold">{t("certificates.title")}</h2>
        <p data-testid="certificates-issued">{t("certificates.issued", { count: certificates })}</p>
        <p>
          <Link href={`/reports/certificates?${filtersToQuery(filters)}`} className="underline">{t("certificates.find")}</Link>
          {" · "}
          <a href={`/reports/certificates/export?${filtersToQuery(filters)}`} className="underline">{t("certificates.download")}</a>
        </p>
      </section>

      <section className="space-y-3">
        <h2 className="text-xl font-semibold">{t("summary", { enrolled: report.total.enrolled, completed: report.total.completed })}</h2>
        <CompletionChart rows={report.byModule} />
        <ReportTable caption={t("byModule")} firstColumn={t("column.module")} rows={report.byModule} hrefFor={(row) => withFilters({ module: row.key })} />
      </section>
      <section className="space-y-3">
        <CompletionChart rows={byCountry} />
        <ReportTable caption={t("byCountry")} firstColumn={t("column.country")} rows={byCountry} hrefFor={(row) => withFilters({ country: row.key as ReportFilters["country"] })} />
      </section>
      <MemoCountsTable counts={memoCounts} />
      {cohorts.length > 0 && (
        <section className="space-y-3">
          <ReportTable caption={cohortCaption} firstColumn={t("column.cohort")} rows={cohorts} hrefFor={(row) => `/cohorts/${row.key}`} />
          <p className="text-sm text-slate-600">{t("drillToMembers")}</p>
        </section>
      )}
    </div>
  );
}
