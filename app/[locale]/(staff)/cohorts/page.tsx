import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/page-guard";
import { COHORT_LANGUAGES } from "@/lib/cohorts/schemas";
import { listCohorts } from "@/lib/cohorts/list-cohorts";
import { PARTNER_COUNTRIES } from "@/lib/countries";
import { CohortForm } from "./_components/cohort-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cohorts"))("title") };
}

export default async function CohortsPage() {
  await requirePageUser("cohorts:manage-own", "/cohorts");
  const t = await getTranslations("cohorts");
  const tc = await getTranslations("countries");
  const tl = await getTranslations("languages");
  const format = await getFormatter();
  const cohorts = await listCohorts();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {cohorts.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="space-y-3">
          {cohorts.map((cohort) => (
            <li key={cohort.id} className="rounded border border-slate-200 p-4">
              <Link href={`/cohorts/${cohort.id}`} className="text-lg font-semibold hover:underline">
                {cohort.name}
              </Link>
              {cohort.archived && <span className="ms-2 rounded bg-slate-200 px-2 py-0.5 text-xs">{t("archived")}</span>}
              <p className="text-sm text-slate-600">
                {tc(cohort.countryCode)} · {tl(cohort.locale)} · {t("memberCount", { count: cohort.members })} ·{" "}
                {t("assignmentCount", { count: cohort.assignments })}
                {cohort.startsOn && <> · {format.dateTimeRange(cohort.startsOn, cohort.endsOn ?? cohort.startsOn, { dateStyle: "medium", timeZone: "UTC" })}</>}
              </p>
            </li>
          ))}
        </ul>
      )}
      <section className="space-y-3">
        <h2 className="text-xl font-semibold">{t("create")}</h2>
        <CohortForm
          countries={PARTNER_COUNTRIES.map((c) => ({ value: c.code, label: tc(c.code) }))}
          languages={COHORT_LANGUAGES.map((code) => ({ value: code, label: tl(code) }))}
        />
      </section>
    </div>
  );
}
