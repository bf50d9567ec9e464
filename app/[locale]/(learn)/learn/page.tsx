import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ProgressBar } from "@/components/ui/progress-bar";
import { requirePageUser } from "@/lib/auth/page-guard";
import { textAttributes } from "@/lib/content/course-language";
import { getCourseTestState } from "@/lib/course-test/sittings";
import { getMyLearning, type MyModule } from "@/lib/progress/get-my-learning";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("learn"))("title") };
}

export default async function MyLearningPage() {
  const user = await requirePageUser("learning:study", "/learn");
  const t = await getTranslations("learn");
  const modules = await getMyLearning(await getLocale());
  const assigned = modules.filter((m) => m.assigned);
  const available = modules.filter((m) => !m.assigned);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-600">{t("welcome", { name: user.displayName })}</p>
      </div>
      <CourseTestLink />
      {assigned.length > 0 && <ModuleList heading={t("assigned")} modules={assigned} />}
      <ModuleList heading={assigned.length > 0 ? t("available") : t("allModules")} modules={available} />
      <p>
        <Link href="/learn/certificate" className="font-medium underline" data-testid="certificate-link">{t("certificateLink")}</Link>
      </p>
      <p>
        <Link href="/job-aids" className="font-medium underline">{t("jobAidsLink")}</Link>
      </p>
    </div>
  );
}

/** Points to the course test when there is something to do or see there. */
async function CourseTestLink() {
  const t = await getTranslations("courseTest");
  const state = await getCourseTestState();
  const text = !state
    ? null
    : state.postOpen
      ? t("linkPost")
      : state.preOpen
        ? t("linkPre")
        : state.pre?.submittedAt || state.post?.submittedAt
          ? t("linkResults")
          : null;
  if (!text) return null;
  return (
    <p className="rounded border border-sky-200 bg-sky-50 p-3 text-sky-900">
      {text}{" "}
      <Link href="/learn/course-test" className="font-medium underline">
        {t("link")}
      </Link>
    </p>
  );
}

async function ModuleList({ heading, modules }: { heading: string; modules: MyModule[] }) {
  const t = await getTranslations("learn");
  const format = await getFormatter();
  return (
    <section className="space-y-3">
      <h2 className="text-xl font-semibold">{heading}</h2>
      <ul className="space-y-3">
        {modules.map((module) => (
          <li key={module.slug} className="rounded border border-slate-200 p-4">
            <h3 {...textAttributes(module.text)} className="text-lg font-semibold">
              <Link href={`/learn/${module.slug}`} prefetch={false} className="hover:underline">
                {module.title}
              </Link>
            </h3>
            <p {...textAttributes(module.text)} className="mt-1 text-slate-700">
              {module.summary}
            </p>
            <p className="mt-1 text-sm text-slate-600">{t("minutes", { minutes: module.estimatedMinutes })}</p>
            {module.dueOn && (
              <p className={`mt-1 text-sm font-medium ${module.overdue ? "text-red-700" : "text-slate-700"}`}>
                {module.overdue ? t("overdue") : t("due")} {format.dateTime(module.dueOn, { dateStyle: "medium", timeZone: "UTC" })}
              </p>
            )}
            <div className="mt-3">
              <ProgressBar
                value={module.lessonsDone + (module.finalPassed ? 1 : 0)}
                max={module.lessonsTotal + 1}
                label={
                  module.status === "completed"
                    ? t("completed")
                    : t("progress", { done: module.lessonsDone, total: module.lessonsTotal })
                }
              />
            </div>
            <ResumeLink module={module} label={module.status === "not-started" ? t("start") : module.status === "completed" ? t("review") : t("continue")} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The visible word is short; the accessible name says which module, as a list of "Start" links would not.
 * This page's links are not prefetched: she opens one module of eight, and fetching each one's pages
 * ahead added about 60 KB to every visit here (bench:weight).
 */
function ResumeLink({ module, label }: { module: MyModule; label: string }) {
  return (
    <Link
      href={module.resumeHref}
      prefetch={false}
      aria-label={`${label}: ${module.title}`}
      className="mt-3 inline-block rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
    >
      {label}
    </Link>
  );
}
