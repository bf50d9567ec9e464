import type { Metadata } from "next";
import Link from "next/link";
import { MemoCallout } from "@/components/memo/memo-callout";
import { KeepModulePanel } from "@/components/offline/keep-module-panel";
import { MEMO_MODULE } from "@/lib/content/memo-rubric";
import { notFound } from "next/navigation";
import { LearnBreadcrumb } from "../_components/learn-breadcrumb";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { findModule, getCourse } from "@/lib/content/course";
import { textAttributes } from "@/lib/content/course-language";
import type { Locale } from "@/lib/i18n/config";
import { FINAL_CHECK } from "@/lib/progress/constants";
import { MdxContent } from "../_components/mdx-content";
import { FurtherReading } from "../_components/further-reading";
import { TranslationNote } from "../_components/translation-note";
import {
  DoneDot,
  FinalCheckStatus,
  LessonStatus,
  ModuleCompletedNote,
  ModuleProgress,
  ModuleStateProvider,
  ResumeLink,
  WhenModuleComplete,
} from "../_components/module-state";
import { openModuleAction } from "../actions";

type Params = { params: Promise<{ locale: Locale; module: string }> };

// Built once per language for everyone; her progress loads on the page (ModuleStateProvider).
// proxy.ts lets only signed-in people reach it.
export async function generateStaticParams() {
  return (await getCourse()).modules.map((module) => ({ module: module.slug }));
}
export const dynamicParams = false;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, module: slug } = await params;
  return { title: (await findModule(slug, locale))?.frontmatter.title };
}

export default async function ModulePage({ params }: Params) {
  const { locale, module: slug } = await params;
  setRequestLocale(locale);
  const module = await findModule(slug, locale);
  if (!module) notFound();
  const t = await getTranslations("module");
  const text = textAttributes(module.text);
  const first = module.lessons[0];
  return (
    <ModuleStateProvider moduleSlug={module.slug} load={openModuleAction}>
      <article className="space-y-6">
        <LearnBreadcrumb />
        <h1 {...text} className="text-3xl font-bold">
          {module.frontmatter.title}
        </h1>
        <TranslationNote locale={locale} text={module.text} />
        <ModuleCompletedNote />
        <ModuleProgress />
        <div {...text} className="prose prose-slate max-w-none">
          <MdxContent source={module.overview} module={module} text={module.text} />
        </div>
        <section>
          <h2 className="text-xl font-semibold">{t("objectives")}</h2>
          <ul {...text} className="mt-2 list-disc space-y-1 ps-6">
            {module.frontmatter.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ul>
        </section>
        <section>
          <h2 className="text-xl font-semibold">{t("lessons")}</h2>
          <ol className="mt-2 space-y-2">
            {module.lessons.map((lesson, index) => (
              <li key={lesson.slug} className="flex items-start gap-3 rounded border border-slate-200 p-3">
                <DoneDot lesson={lesson.slug} />
                <div>
                  <Link {...textAttributes(lesson.text)} href={`/learn/${module.slug}/${lesson.slug}`} className="font-medium hover:underline">
                    {index + 1}. {lesson.frontmatter.title}
                  </Link>
                  <p className="text-sm text-slate-600">
                    <span {...textAttributes(lesson.text)}>{lesson.frontmatter.summary}</span> · {t("minutes", { minutes: lesson.minutes })}
                    <LessonStatus lesson={lesson.slug} />
                  </p>
                </div>
              </li>
            ))}
            <li className="flex items-start gap-3 rounded border border-slate-200 p-3">
              <DoneDot />
              <div>
                <Link href={`/learn/${module.slug}/check`} className="font-medium hover:underline">
                  {t("knowledgeCheck")}
                </Link>
                <p className="min-h-5 text-sm text-slate-600">
                  <FinalCheckStatus />
                </p>
              </div>
            </li>
          </ol>
        </section>
        <KeepModulePanel moduleSlug={module.slug} finalCheckTitle={module.checks[FINAL_CHECK]?.title ?? t("knowledgeCheck")} />
        {module.slug === MEMO_MODULE && <MemoCallout />}
        <WhenModuleComplete>
          <section>
            <h2 className="text-xl font-semibold">{t("takeaways")}</h2>
            <ul {...text} className="mt-2 list-disc space-y-1 ps-6">
              {module.frontmatter.takeaways.map((takeaway) => (
                <li key={takeaway}>{takeaway}</li>
              ))}
            </ul>
          </section>
        </WhenModuleComplete>
        <FurtherReading ids={module.frontmatter.furtherReading ?? []} />
        {/* Not prefetched: the printable module is long, and most visits to this page never open it. */}
        <Link href={`/learn/${module.slug}/print`} prefetch={false} className="inline-block underline">
          {t("printModule")}
        </Link>
        <ResumeLink firstHref={first ? `/learn/${module.slug}/${first.slug}` : `/learn/${module.slug}/check`} />
      </article>
    </ModuleStateProvider>
  );
}
