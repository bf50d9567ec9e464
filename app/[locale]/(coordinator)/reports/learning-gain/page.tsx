import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getCourse } from "@/lib/content/course";
import { filtersToQuery, parseReportFilters } from "@/lib/reports/filters";
import { getLearningGainReport, MIN_GROUP } from "@/lib/reports/learning-gain-report";
import { GainTable } from "./_components/gain-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports.gain"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LearningGainPage({ searchParams }: Props) {
  await requirePageUser("reports:read", "/reports/learning-gain");
  const { filters, invalid } = parseReportFilters(await searchParams);
  const t = await getTranslations("reports.gain");
  const tc = await getTranslations("countries");
  const ts = await getTranslations("sectors");
  const report = await getLearningGainReport(filters);
  const titles = new Map((await getCourse(await getLocale())).modules.map((module) => [module.frontmatter.principle, module.frontmatter.title]));
  const query = filtersToQuery(filters);
  return (
    <div className="space-y-8">
      <p>
        <Link href={`/reports?${query}`} className="underline">{t("back")}</Link>
      </p>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-prose text-slate-700">{t("explained", { min: MIN_GROUP })}</p>
      {invalid.length > 0 && <p role="alert" className="text-amber-800">{t("invalidFilters", { names: invalid.join(", ") })}</p>}
      <p>
        <a href={`/reports/learning-gain/export?${query}`} className="inline-block rounded border border-brand-600 px-4 py-2 font-medium text-brand-700">
          {t("download")}
        </a>
      </p>
      <GainTable caption={t("total")} firstColumn={t("group")} rows={[{ ...report.total, label: t("everyone") }]} />
      {report.byPrinciple.length > 0 && (
        <table className="w-full text-start">
          <caption className="mb-2 text-start text-lg font-semibold">{t("byPrinciple")}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 text-start">{t("principle")}</th>
              <th scope="col" className="py-2 text-end">{t("pre")}</th>
              <th scope="col" className="py-2 text-end">{t("post")}</th>
              <th scope="col" className="py-2 text-end">{t("gain")}</th>
            </tr>
          </thead>
          <tbody>
            {report.byPrinciple.map((row) => (
              <tr key={row.principle} className="border-b border-slate-200">
                <th scope="row" className="py-2 text-start font-normal">{titles.get(row.principle) ?? row.principle}</th>
                <td className="py-2 text-end">{row.pre === null ? "" : `${row.pre}%`}</td>
                <td className="py-2 text-end">{row.post === null ? "" : `${row.post}%`}</td>
                <td className="py-2 text-end">{row.gain === null ? "" : t("points", { gain: row.gain })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <GainTable caption={t("byCountry")} firstColumn={t("country")} rows={report.byCountry.map((row) => ({ ...row, label: row.key ? tc(row.key) : "" }))} />
      <GainTable caption={t("byCohort")} firstColumn={t("cohort")} rows={report.byCohort.map((row) => ({ ...row, label: `${row.name} (${tc(row.country)})` }))} />
      <GainTable caption={t("bySector")} firstColumn={t("sector")} rows={report.bySector.map((row) => ({ ...row, label: row.key ? ts(row.key) : t("noSector") }))} />
    </div>
  );
}
