import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { SelectField } from "@/components/ui/select-field";
import { requirePageUser } from "@/lib/auth/page-guard";
import { COURSE_TEXT } from "@/lib/content/course-language";
import { directionOf, LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/config";
import { listTranslationReports } from "@/lib/translation-reports/list-reports";
import { reportLanguageSchema } from "@/lib/translation-reports/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("translationReports"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** For coordinators and admins: what members reported in translated lessons, to pass to the translators. */
export default async function TranslationReportsPage({ searchParams }: Props) {
  await requirePageUser("reports:read", "/reports/translations");
  const wanted = (await searchParams).language;
  const language = reportLanguageSchema.safeParse(wanted || undefined);
  const locale = language.success ? language.data : undefined;
  const [{ rows, total }, t, format] = await Promise.all([listTranslationReports(locale), getTranslations("translationReports"), getFormatter()]);
  const languageName = (code: string) => LOCALE_NAMES[code as Locale] ?? code;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/reports" className="underline">{t("back")}</Link>
      </p>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-prose text-slate-700">{t("intro")}</p>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded border border-slate-200 p-4">
        <SelectField
          label={t("language")}
          name="language"
          defaultValue={locale ?? ""}
          options={[{ value: "", label: t("allLanguages") }, ...LOCALES.filter((code) => code !== "en").map((code) => ({ value: code, label: languageName(code) }))]}
        />
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white">{t("show")}</button>
        <a href={`/reports/translations/export${locale ? `?language=${locale}` : ""}`} className="underline">{t("download")}</a>
      </form>
      {!language.success && <p role="alert" className="text-amber-800">{t("unknownLanguage")}</p>}
      <p role="status">{t("count", { total })}{rows.length < total && <> {t("newestShown", { shown: rows.length })}</>}</p>
      {rows.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full text-start text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pe-3 text-start">{t("date")}</th>
                <th scope="col" className="py-2 pe-3 text-start">{t("language")}</th>
                <th scope="col" className="py-2 pe-3 text-start">{t("lesson")}</th>
                <th scope="col" className="py-2 pe-3 text-start">{t("passage")}</th>
                <th scope="col" className="py-2 text-start">{t("comment")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-100 align-top">
                  <td className="py-2 pe-3 whitespace-nowrap">{format.dateTime(row.createdAt, { dateStyle: "medium" })}</td>
                  <td className="py-2 pe-3">{languageName(row.locale)}</td>
                  <td className="py-2 pe-3">
                    <span {...COURSE_TEXT}>{row.lesson}</span>
                    <span className="block text-xs text-slate-600">
                      {t("version")} <code>{row.contentHash}</code>
                    </span>
                  </td>
                  <td lang={row.locale} dir={directionOf(row.locale)} className="py-2 pe-3 whitespace-pre-line">{row.passage}</td>
                  <td dir="auto" className="py-2 whitespace-pre-line">{row.comment}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
