import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SelectField } from "@/components/ui/select-field";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listCohorts } from "@/lib/cohorts/list-cohorts";
import { textAttributes } from "@/lib/content/course-language";
import { PARTNER_COUNTRIES } from "@/lib/countries";
import { SECTORS } from "@/lib/invitations/schemas";
import { filtersToQuery, parseReportFilters } from "@/lib/reports/filters";
import { MIN_GROUP } from "@/lib/reports/learning-gain-report";
import { FLAG_LIMITS, getQuestionStatistics, MIN_ANSWERS_TO_FLAG, type QuestionStatistics } from "@/lib/reports/question-statistics";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports.questions"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const percent = (share: number | null) => (share === null ? "–" : `${Math.round(share * 100)}%`);

export default async function QuestionStatisticsPage({ searchParams }: Props) {
  await requirePageUser("reports:read", "/reports/questions");
  const { filters, invalid } = parseReportFilters(await searchParams);
  const t = await getTranslations("reports.questions");
  const tr = await getTranslations("reports");
  const tc = await getTranslations("countries");
  const ts = await getTranslations("sectors");
  const [modules, cohorts] = await Promise.all([getQuestionStatistics(filters, await getLocale()), listCohorts()]);
  return (
    <div className="space-y-8">
      <p>
        <Link href={`/reports?${filtersToQuery(filters)}`} className="underline">{t("back")}</Link>
      </p>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-prose text-slate-700">
        {t("explained", { min: MIN_GROUP, flagMin: MIN_ANSWERS_TO_FLAG, easy: FLAG_LIMITS.easy * 100, hard: FLAG_LIMITS.hard * 100 })}
      </p>
      <form method="get" className="grid gap-3 rounded border border-slate-200 p-4 sm:grid-cols-4">
        <SelectField label={tr("filter.country")} name="country" defaultValue={filters.country ?? ""} options={[{ value: "", label: tr("filter.all") }, ...PARTNER_COUNTRIES.map((c) => ({ value: c.code, label: tc(c.code) }))]} />
        <SelectField
          label={tr("filter.cohort")}
          name="cohort"
          defaultValue={filters.cohort ?? ""}
          options={[{ value: "", label: tr("filter.all") }, ...cohorts.filter((c) => !filters.country || c.countryCode === filters.country).map((c) => ({ value: c.id, label: c.name }))]}
        />
        <SelectField label={tr("filter.sector")} name="sector" defaultValue={filters.sector ?? ""} options={[{ value: "", label: tr("filter.all") }, ...SECTORS.map((s) => ({ value: s, label: ts(s) }))]} />
        <div className="flex items-end gap-3">
          <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white">{tr("filter.apply")}</button>
          <Link href="/reports/questions" className="underline">{tr("filter.clear")}</Link>
        </div>
      </form>
      {invalid.length > 0 && <p role="alert" className="text-amber-800">{tr("invalidFilters", { names: invalid.join(", ") })}</p>}
      <table className="w-full max-w-xl text-start">
        <caption className="mb-2 text-start text-lg font-semibold">{t("byModule")}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 text-start">{t("module")}</th>
            <th scope="col" className="py-2 text-end">{t("facility")}</th>
          </tr>
        </thead>
        <tbody>
          {modules.map((module) => (
            <tr key={module.moduleSlug} className="border-b border-slate-200">
              <th scope="row" {...textAttributes(module.text)} className="py-2 text-start font-normal">
                <a href={`#module-${module.moduleSlug}`} className="underline">{module.title}</a>
              </th>
              <td className="py-2 text-end tabular-nums">{percent(module.facility)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {modules.map((module) => (
        <section key={module.moduleSlug} id={`module-${module.moduleSlug}`} aria-labelledby={`heading-${module.moduleSlug}`} className="space-y-3">
          <h2 id={`heading-${module.moduleSlug}`} {...textAttributes(module.text)} className="text-xl font-semibold">{module.title}</h2>
          <ul className="space-y-3">
            {module.questions.map((question) => (
              <QuestionItem key={question.questionId} question={question} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

async function QuestionItem({ question }: { question: QuestionStatistics }) {
  const t = await getTranslations("reports.questions");
  return (
    <li className="rounded border border-slate-200 p-3">
      <p {...textAttributes(question.text)} className="font-medium">{question.prompt}</p>
      <p className="mt-1 text-sm text-slate-700">
        {t("figures", { answers: question.answers, members: question.members })}{" "}
        {question.facility === null
          ? t("tooFew", { min: MIN_GROUP })
          : t("facilityAndDiscrimination", { facility: Math.round(question.facility * 100), discrimination: question.discrimination === null ? "–" : question.discrimination.toFixed(2) })}
      </p>
      {question.flags.length > 0 && (
        <p className="mt-1 text-sm font-medium text-amber-800">{question.flags.map((flag) => t(`flag.${flag}`)).join(" ")}</p>
      )}
      <ul className="mt-2 space-y-1 text-sm">
        {question.options.map((option) => (
          <li key={option.id} className="flex gap-3">
            <span className="w-12 shrink-0 text-end tabular-nums">{percent(option.share)}</span>
            <span {...textAttributes(question.text)}>{option.text}</span>
            {option.correct && <span className="font-medium text-emerald-800">{t("right")}</span>}
          </li>
        ))}
      </ul>
    </li>
  );
}
