import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { textAttributes } from "@/lib/content/course-language";
import { getGlossary } from "@/lib/content/glossary";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "glossary" }))("title") };
}

export default async function GlossaryPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("glossary");
  const entries = [...(await getGlossary(locale)).values()].sort((a, b) => a.term.localeCompare(b.term, a.text.language));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <dl className="space-y-4">
        {entries.map((entry) => (
          <div key={entry.id} id={entry.id} {...textAttributes(entry.text)} className="scroll-mt-4 target:rounded target:bg-amber-50 target:p-2">
            <dt className="font-semibold">{entry.term}</dt>
            <dd className="text-slate-700">{entry.definition}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
