import type { Metadata } from "next";
import Link from "next/link";
import { MemoCallout } from "@/components/memo/memo-callout";
import { MEMO_MODULE } from "@/lib/content/memo-rubric";
import { notFound } from "next/navigation";
import { LearnBreadcrumb } from "../../_components/learn-breadcrumb";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/page-guard";
import { findLesson } from "@/lib/content/course";
import { COURSE_TEXT } from "@/lib/content/course-language";
import { getModuleProgress } from "@/lib/progress/get-module-progress";
import { recordLessonView } from "@/lib/progress/record-lesson-view";
import { lessonRefSchema } from "@/lib/progress/schemas";
import { completeLessonAction } from "../../actions";
import { MdxContent } from "../../_components/mdx-content";

type Params = { params: Promise<{ module: string; lesson: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { module, lesson } = await params;
  return { title: (await findLesson(module, lesson))?.lesson.frontmatter.title };
}

export default async function LessonPage({ params }: Params) {
  const { module: moduleSlug, lesson: lessonSlug } = await params;
  await requirePageUser("learning:study", `/learn/${moduleSlug}/${lessonSlug}`);
  const ref = lessonRefSchema.safeParse({ moduleSlug, lessonSlug });
  const found = ref.success ? await findLesson(ref.data.moduleSlug, ref.data.lessonSlug) : undefined;
  if (!found) notFound();
  const { module, lesson, index } = found;
  const t = await getTranslations("lesson");
  await recordLessonView(module, lesson);
  const progress = await getModuleProgress(module);
  const state = progress.lessons[lesson.slug];
  const previous = module.lessons[index - 1];
  return (
    <article className="space-y-6">
      <LearnBreadcrumb module={module} />
      <p className="text-sm text-slate-600">
        {t("position", { number: index + 1, total: module.lessons.length })} · {t("minutes", { minutes: lesson.minutes })}
      </p>
      <h1 {...COURSE_TEXT} className="text-3xl font-bold">
        {lesson.frontmatter.title}
      </h1>
      {state?.changedSinceCompleted && (
        <p role="status" className="rounded bg-sky-50 p-3 text-sky-900">
          {t("updatedSinceCompleted")}
          {lesson.frontmatter.changeNote && (
            <>
              {" "}
              {t("whatChanged", { note: lesson.frontmatter.changeNote })}
            </>
          )}
        </p>
      )}
      <div {...COURSE_TEXT} className="prose prose-slate max-w-none prose-headings:scroll-mt-4">
        <MdxContent source={lesson.body} module={module} />
      </div>
      {module.slug === MEMO_MODULE && index === module.lessons.length - 1 && <MemoCallout />}
      <div className="no-print flex flex-wrap items-center gap-4 border-t border-slate-200 pt-6">
        {previous && (
          <Link href={`/learn/${module.slug}/${previous.slug}`} className="underline">
            {t("previous")}
          </Link>
        )}
        <form action={completeLessonAction} className="ms-auto">
          <input type="hidden" name="moduleSlug" value={module.slug} />
          <input type="hidden" name="lessonSlug" value={lesson.slug} />
          <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            {state?.completedAt && !state.changedSinceCompleted ? t("continue") : t("complete")}
          </button>
        </form>
      </div>
    </article>
  );
}
