import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MemoCallout } from "@/components/memo/memo-callout";
import { LessonStateProvider } from "@/components/mdx/lesson-state";
import { findLesson } from "@/lib/content/course";
import { textAttributes } from "@/lib/content/course-language";
import { MEMO_MODULE } from "@/lib/content/memo-rubric";
import { completeLessonAction, completeLessonThenNextAction, openLessonAction } from "../actions";
import { CompleteLessonForm, LessonUpdatedNote } from "./lesson-progress";
import { LearnBreadcrumb } from "./learn-breadcrumb";
import { MdxContent } from "./mdx-content";
import { TranslationNote } from "./translation-note";

/**
 * A lesson page: the course text in `textLocale` (her language, falling back to English file by
 * file; or English when she asked for it), the interface in her language. Her progress is per
 * lesson, whichever language she reads it in.
 */
export async function LessonView({ moduleSlug, lessonSlug, locale, textLocale }: { moduleSlug: string; lessonSlug: string; locale: string; textLocale: string }) {
  const found = await findLesson(moduleSlug, lessonSlug, textLocale);
  if (!found) notFound();
  const { module, lesson, index } = found;
  const t = await getTranslations("lesson");
  const tt = await getTranslations("translation");
  const previous = module.lessons[index - 1];
  const next = module.lessons[index + 1];
  const here = `/learn/${module.slug}/${lesson.slug}`;
  return (
    <LessonStateProvider moduleSlug={module.slug} lessonSlug={lesson.slug} load={openLessonAction}>
      <article className="space-y-6">
        <LearnBreadcrumb module={module} />
        <p className="text-sm text-slate-600">
          {t("position", { number: index + 1, total: module.lessons.length })} · {t("minutes", { minutes: lesson.minutes })}
        </p>
        <h1 {...textAttributes(lesson.text)} className="text-3xl font-bold">
          {lesson.frontmatter.title}
        </h1>
        {textLocale === locale ? (
          <TranslationNote locale={locale} text={lesson.text} englishHref={`${here}/english`} />
        ) : (
          <p className="no-print rounded bg-slate-50 p-3 text-sm text-slate-700">
            {tt("englishVersion")}{" "}
            <Link href={here} prefetch={false} className="underline">
              {tt("backToTranslation")}
            </Link>
          </p>
        )}
        <LessonUpdatedNote changeNote={lesson.frontmatter.changeNote} />
        <div {...textAttributes(lesson.text)} className="prose prose-slate max-w-none prose-headings:scroll-mt-4">
          <MdxContent source={lesson.body} module={module} text={lesson.text} />
        </div>
        {module.slug === MEMO_MODULE && index === module.lessons.length - 1 && <MemoCallout />}
        {locale !== "en" && lesson.text.language === locale && (
          <p className="no-print text-sm">
            <Link href={`${here}/report`} prefetch={false} className="underline">
              {tt("report")}
            </Link>
          </p>
        )}
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
