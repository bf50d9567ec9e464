import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/print/print-button";
import { requirePageUser } from "@/lib/auth/page-guard";
import { findModule } from "@/lib/content/course";
import { textAttributes } from "@/lib/content/course-language";
import { getGlossary } from "@/lib/content/glossary";
import { lessonAnchor, moduleGlossary, moduleSourceIds, practiceChecks } from "@/lib/content/print-module";
import { getSources } from "@/lib/content/sources";
import { moduleRefSchema } from "@/lib/progress/schemas";
import { PrintAnswers } from "./_components/print-answers";
import { PrintGlossary, PrintSources } from "./_components/print-back-matter";
import { PrintMdx } from "./_components/print-mdx";

type Params = { params: Promise<{ module: string }> };

async function find(slug: string) {
  const ref = moduleRefSchema.safeParse({ moduleSlug: slug });
  return ref.success ? findModule(ref.data.moduleSlug, await getLocale()) : undefined;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const module = await find((await params).module);
  if (!module) return {};
  return { title: (await getTranslations("print"))("title", { title: module.frontmatter.title }) };
}

/**
 * The whole module on one page for members who study from paper or save a PDF: overview, lessons
 * with their figures, the practice parts drawn for paper, then answers, glossary and sources. The
 * same for every member (no progress, no notes), so nothing on it is hers but the site header.
 */
export default async function PrintModulePage({ params }: Params) {
  const { module: slug } = await params;
  await requirePageUser("learning:study", `/learn/${slug}/print`);
  const module = await find(slug);
  if (!module) notFound();
  const t = await getTranslations("print");
  const tm = await getTranslations("module");
  const tl = await getTranslations("lesson");
  const locale = await getLocale();
  const allSources = await getSources(locale);
  const sources = moduleSourceIds(module).flatMap((id) => allSources.get(id) ?? []);
  const sourceIds = new Set(sources.map((source) => source.id));
  const glossary = moduleGlossary(module, await getGlossary(locale), locale);
  const overview = textAttributes(module.text);
  const total = module.lessons.length;
  // The parts after the lessons, each listed only when the module has something for it.
  const backMatter = (
    [
      ["answers", practiceChecks(module).length],
      ["glossary", glossary.length],
      ["sources", sources.length],
    ] as const
  )
    .filter(([, count]) => count > 0)
    .map(([anchor]) => anchor);
  return (
    <article className="printable print-module space-y-8">
      <div className="no-print flex flex-wrap items-center justify-between gap-3">
        <a href={`/learn/${module.slug}`} className="text-sm underline">
          {tm("backToModule")}
        </a>
        <PrintButton label={t("print")} />
      </div>
      <header className="space-y-4">
        <h1 {...overview} className="text-3xl font-bold">
          {module.frontmatter.title}
        </h1>
        <p className="no-print text-sm text-slate-600">{t("intro")}</p>
        <div {...overview} className="prose prose-slate max-w-none">
          <PrintMdx source={module.overview} text={module.text} module={module} sourceIds={sourceIds} />
        </div>
        <h2 className="text-xl font-semibold">{tm("objectives")}</h2>
        <ul {...overview} className="list-disc space-y-1 ps-6">
          {module.frontmatter.objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
        <p className="rounded border border-slate-300 p-3">
          {t("finalCheckOnline")}{" "}
          <a href={`/learn/${module.slug}/check`} className="no-print underline">
            {t("finalCheckLink")}
          </a>
        </p>
        {/* Not printed: paper has no page numbers for it, and each lesson opens its own sheet. */}
        <nav aria-labelledby="contents-title" className="no-print">
          <h2 id="contents-title" className="text-xl font-semibold">
            {t("contents")}
          </h2>
          <ol className="mt-2 space-y-1">
            {module.lessons.map((lesson, index) => (
              <li key={lesson.slug}>
                <a {...textAttributes(lesson.text)} href={`#${lessonAnchor(lesson.slug)}`} className="underline">
                  {index + 1}. {lesson.frontmatter.title}
                </a>
              </li>
            ))}
            {backMatter.map((anchor) => (
              <li key={anchor}>
                <a href={`#${anchor}`} className="underline">
                  {t(anchor)}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      </header>
      {module.lessons.map((lesson, index) => (
        <section key={lesson.slug} id={lessonAnchor(lesson.slug)} aria-labelledby={`${lessonAnchor(lesson.slug)}-title`} className="print-part border-t border-slate-300 pt-8">
          <p className="text-sm text-slate-600">
            {tl("position", { number: index + 1, total })} · {tl("minutes", { minutes: lesson.minutes })}
          </p>
          <h2 {...textAttributes(lesson.text)} id={`${lessonAnchor(lesson.slug)}-title`} className="text-2xl font-bold">
            {lesson.frontmatter.title}
          </h2>
          <div {...textAttributes(lesson.text)} className="prose prose-slate mt-4 max-w-none">
            <PrintMdx source={lesson.body} text={lesson.text} module={module} sourceIds={sourceIds} />
          </div>
        </section>
      ))}
      <PrintAnswers module={module} />
      <PrintGlossary entries={glossary} />
      <PrintSources sources={sources} />
    </article>
  );
}
