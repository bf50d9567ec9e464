import type { Metadata } from "next";
import Link from "next/link";
import { MemoCallout } from "@/components/memo/memo-callout";
import { MEMO_MODULE } from "@/lib/content/memo-rubric";
import { notFound } from "next/navigation";
import { LearnBreadcrumb } from "../_components/learn-breadcrumb";
import { getFormatter, getTranslations } from "next-intl/server";
import { ProgressBar } from "@/components/ui/progress-bar";
import { requirePageUser } from "@/lib/auth/page-guard";
import { findModule } from "@/lib/content/course";
import { COURSE_TEXT } from "@/lib/content/course-language";
import { getModuleProgress } from "@/lib/progress/get-module-progress";
import { moduleRefSchema } from "@/lib/progress/schemas";
import { MdxContent } from "../_components/mdx-content";
import { FurtherReading } from "../_components/further-reading";

type Params = { params: Promise<{ module: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const module = await findModule((await params).module);
  return { title: module?.frontmatter.title };
}

export default async function ModulePage({ params }: Params) {
  const { module: slug } = await params;
  await requirePageUser("learning:study", `/learn/${slug}`);
  const ref = moduleRefSchema.safeParse({ moduleSlug: slug });
  const module = ref.success ? await findModule(ref.data.moduleSlug) : undefined;
  if (!module) notFound();
  const t = await getTranslations("module");
  const format = await getFormatter();
  const progress = await getModuleProgress(module);
  return (
    <article className="space-y-6">
      <LearnBreadcrumb />
      <h1 {...COURSE_TEXT} className="text-3xl font-bold">
        {module.frontmatter.title}
      </h1>
      {progress.completedAt && (
        <p role="status" className="rounded bg-emerald-50 p-3 font-medium text-emerald-900">
          {t("completedOn", { date: format.dateTime(progress.completedAt, { dateStyle: "medium" }) })}
        </p>
      )}
      <ProgressBar
        value={progress.lessonsDone + (progress.finalPassed ? 1 : 0)}
        max={progress.lessonsTotal + 1}
        label={t("progress", { done: progress.lessonsDone, total: progress.lessonsTotal })}
      />
      <div {...COURSE_TEXT} className="prose prose-slate max-w-none">
        <MdxContent source={module.overview} module={module} />
      </div>
      <section>
        <h2 className="text-xl font-semibold">{t("objectives")}</h2>
        <ul {...COURSE_TEXT} className="mt-2 list-disc space-y-1 ps-6">
          {module.frontmatter.objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
      </section>
      <section>
        <h2 className="text-xl font-semibold">{t("lessons")}</h2>
        <ol className="mt-2 space-y-2">
          {module.lessons.map((lesson, index) => {
            const state = progress.lessons[lesson.slug];
            return (
              <li key={lesson.slug} className="flex items-start gap-3 rounded border border-slate-200 p-3">
                <span aria-hidden className={`mt-1 inline-block size-3 shrink-0 rounded-full ${state?.completedAt ? "bg-emerald-600" : "border border-slate-400"}`} />
                <div>
                  <Link {...COURSE_TEXT} href={`/learn/${module.slug}/${lesson.slug}`} className="font-medium hover:underline">
                    {index + 1}. {lesson.frontmatter.title}
                  </Link>
                  <p className="text-sm text-slate-600">
                    {lesson.frontmatter.summary} · {t("minutes", { minutes: lesson.minutes })} ·{" "}
                    {state?.completedAt ? t("done") : t("notDone")}
                    {state?.changedSinceCompleted && <> · {t("updated")}</>}
                  </p>
                </div>
              </li>
            );
          })}
          <li className="flex items-start gap-3 rounded border border-slate-200 p-3">
            <span aria-hidden className={`mt-1 inline-block size-3 shrink-0 rounded-full ${progress.finalPassed ? "bg-emerald-600" : "border border-slate-400"}`} />
            <div>
              <Link href={`/learn/${module.slug}/check`} className="font-medium hover:underline">
                {t("knowledgeCheck")}
              </Link>
              <p className="text-sm text-slate-600">
                {progress.finalPassed ? t("passed", { score: progress.bestFinalScore ?? 0 }) : t("notPassedYet")}
              </p>
            </div>
          </li>
        </ol>
      </section>
      {/* Not prefetched: the printable module is long, and most visits to this page never open it. */}
      <Link href={`/learn/${module.slug}/print`} prefetch={false} className="inline-block underline">
        {t("printModule")}
      </Link>
      {module.slug === MEMO_MODULE && <MemoCallout />}
      {progress.completedAt && (
        <section>
          <h2 className="text-xl font-semibold">{t("takeaways")}</h2>
          <ul {...COURSE_TEXT} className="mt-2 list-disc space-y-1 ps-6">
            {module.frontmatter.takeaways.map((takeaway) => (
              <li key={takeaway}>{takeaway}</li>
            ))}
          </ul>
        </section>
      )}
      <FurtherReading ids={module.frontmatter.furtherReading ?? []} />
      <Link href={progress.resumeHref} className="inline-block rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        {progress.status === "not-started" ? t("start") : progress.status === "completed" ? t("review") : t("continue")}
      </Link>
    </article>
  );
}
