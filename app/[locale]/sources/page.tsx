import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { SourceEntry } from "@/components/sources/source-entry";
import { getCourse } from "@/lib/content/course";
import { textAttributes } from "@/lib/content/course-language";
import { SOURCE_KINDS } from "@/lib/content/schemas";
import { getSources, sourceUses } from "@/lib/content/sources";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "sources" }))("title") };
}

export default async function SourcesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("sources");
  const course = await getCourse(locale);
  const sources = [...(await getSources(locale)).values()];
  const uses = sourceUses(course);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p>{t("intro")}</p>
        <p>{t("fiction")}</p>
      </div>
      {SOURCE_KINDS.map((kind) => {
        const entries = sources.filter((source) => source.kind === kind);
        if (entries.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`} className="space-y-4">
            <h2 id={`kind-${kind}`} className="text-xl font-semibold">
              {t(`kinds.${kind}`)}
            </h2>
            <ul className="space-y-5">
              {entries.map((source) => (
                <li key={source.id} id={source.id} className="scroll-mt-4 target:rounded target:bg-amber-50 target:p-2">
                  <SourceEntry source={source} headingLevel="h3">
                    {(uses.get(source.id) ?? []).length > 0 && (
                      <p className="mt-1 text-sm">
                        {t("usedIn")}{" "}
                        {uses.get(source.id)!.map((module, index) => (
                          <span key={module.slug}>
                            {index > 0 && ", "}
                            <Link {...textAttributes(module.text)} href={`/learn/${module.slug}`} className="underline">
                              {module.frontmatter.title}
                            </Link>
                          </span>
                        ))}
                      </p>
                    )}
                  </SourceEntry>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
