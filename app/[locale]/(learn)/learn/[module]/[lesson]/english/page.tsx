import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { findLesson } from "@/lib/content/course";
import type { Locale } from "@/lib/i18n/config";
import { LessonView } from "../../../_components/lesson-view";

type Params = { params: Promise<{ locale: Locale; module: string; lesson: string }> };

// The lesson's English text beside her language's (the interface stays in hers): built once per
// language like the lesson itself. Only languages other than English link here.
export { generateStaticParams } from "../page";
export const dynamicParams = false;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { module, lesson } = await params;
  return { title: (await findLesson(module, lesson))?.lesson.frontmatter.title };
}

export default async function EnglishLessonPage({ params }: Params) {
  const { locale, module, lesson } = await params;
  setRequestLocale(locale);
  return <LessonView moduleSlug={module} lessonSlug={lesson} locale={locale} textLocale="en" />;
}
