import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { findLesson, getCourse } from "@/lib/content/course";
import type { Locale } from "@/lib/i18n/config";
import { LessonView } from "../../_components/lesson-view";

type Params = { params: Promise<{ locale: Locale; module: string; lesson: string }> };

// Every lesson is built once per language at build time (the same text for every member); what is
// hers loads on the page (LessonStateProvider). proxy.ts lets only signed-in people reach it.
export async function generateStaticParams() {
  const { modules } = await getCourse();
  return modules.flatMap((module) => module.lessons.map((lesson) => ({ module: module.slug, lesson: lesson.slug })));
}
export const dynamicParams = false;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, module, lesson } = await params;
  return { title: (await findLesson(module, lesson, locale))?.lesson.frontmatter.title };
}

export default async function LessonPage({ params }: Params) {
  const { locale, module, lesson } = await params;
  setRequestLocale(locale);
  return <LessonView moduleSlug={module} lessonSlug={lesson} locale={locale} textLocale={locale} />;
}
