import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MemoCallout } from "@/components/memo/memo-callout";
import { LessonStateProvider } from "@/components/mdx/lesson-state";
import { findLesson, getCourse } from "@/lib/content/course";
import { COURSE_TEXT } from "@/lib/content/course-language";
import { MEMO_MODULE } from "@/lib/content/memo-rubric";
import type { Locale } from "@/lib/i18n/config";
import { LearnBreadcrumb } from "../../_components/learn-breadcrumb";
import { CompleteLessonForm, LessonUpdatedNote } from "../../_components/lesson-progress";
import { MdxContent } from "../../_components/mdx-content";
import { completeLessonAction, completeLessonThenNextAction, openLessonAction } from "../../actions";

type Params = { params: Promise<{ locale: Locale; module: string; lesson: string }> };

// Every lesson is built once per language at build time (the same text for every member); what is
// hers loads on the page (LessonStateProvider). proxy.ts lets only signed-in people reach it.
export async function generateStaticParams() {
  const { modules } = await getCourse();
  return modules.flatMap((module) => module.lessons.map((lesson) => ({ module: module.slug, lesson: lesson.slug })));
}
export const dynamicParams = false;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { module, lesson } = await params;
  return { title: (await findLesson(module, lesson))?.lesson.frontmatter.title };
}

export default async function LessonPage({ params }: Params) {
  const { locale, module: moduleSlug, lesson: lessonSlug } = await params;
  setRequestLocale(locale);
  const found = await findLesson(moduleSlug, lessonSlug);
  if (!found) notFound();
  const { module, lesson, index } = found;
  const t = await getTranslations("lesson");
  const previous = module.lessons[index - 1];
  const next = module.lessons[index + 1];
  return (
    <LessonStateProvider moduleSlug={module.slug} lessonSlug={lesson.slug} load={openLessonAction}>
      <article className="space-y-6">
        <LearnBreadcrumb module={module} />
        <p className="text-sm text-slate-600">
          {t("position", { number: index + 1, total: module.lessons.length })} · {t("minutes", { minutes: lesson.minutes })}
        </p>
        <h1 {...COURSE_TEXT} className="text-3xl font-bold">
          {lesson.frontmatter.title}
        </h1>
        <LessonUpdatedNote changeNote={lesson.frontmatter.changeNote} />
        <div {...COURSE_TEXT} className="prose prose-slate max-w-none prose-headings:scroll-mt-4">
          <MdxContent source={lesson.body} module={module} />
        </div>
        {module.slug === MEMO_MODULE && index === module.lessons.length - 1 && <MemoCallout />}
        <div className="no-print flex flex-wrap items-center gap-4 border-t border-slate-200 pt-6">
          {previous && (
            // Not prefetched: in view as she reaches "Mark complete", it fetched a lesson (about 25 KB) she rarely goes back to.
            <Link href={`/learn/${module.slug}/${previous.slug}`} prefetch={false} className="underline">
              {t("previous")}
            </Link>
          )}
          <CompleteLessonForm
            moduleSlug={module.slug}
            lessonSlug={lesson.slug}
            lessonTitle={lesson.frontmatter.title}
            offlineNextHref={next ? `/learn/${module.slug}/${next.slug}` : `/learn/${module.slug}`}
            action={completeLessonAction}
            completeThenNext={completeLessonThenNextAction}
          />
        </div>
      </article>
    </LessonStateProvider>
  );
}
