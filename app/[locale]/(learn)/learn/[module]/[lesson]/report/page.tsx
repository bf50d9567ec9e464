import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/page-guard";
import { findLesson } from "@/lib/content/course";
import { textAttributes } from "@/lib/content/course-language";
import { LOCALE_NAMES, type Locale } from "@/lib/i18n/config";
import { lessonRefSchema } from "@/lib/progress/schemas";
import { reportTranslationProblemAction } from "./actions";
import { ReportForm } from "./_components/report-form";

type Params = { params: Promise<{ locale: Locale; module: string; lesson: string }> };

async function find(moduleSlug: string, lessonSlug: string, locale: Locale) {
  const ref = lessonRefSchema.safeParse({ moduleSlug, lessonSlug });
  return ref.success ? findLesson(ref.data.moduleSlug, ref.data.lessonSlug, locale) : undefined;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("translation"))("report") };
}

/** "Report a translation problem" for one lesson, in the language she reads it in; only a translated lesson has one. */
export default async function ReportTranslationProblemPage({ params }: Params) {
  const { locale, module: moduleSlug, lesson: lessonSlug } = await params;
  await requirePageUser("learning:study", `/learn/${moduleSlug}/${lessonSlug}/report`);
  const found = await find(moduleSlug, lessonSlug, locale);
  if (!found || locale === "en" || found.lesson.text.language !== locale) notFound();
  const { module, lesson } = found;
  const t = await getTranslations("translation");
  const here = `/learn/${module.slug}/${lesson.slug}`;
  return (
    <article className="max-w-prose space-y-6">
      <Link href={here} prefetch={false} className="text-sm underline">
        {t("backToLesson")}
      </Link>
      <h1 className="text-3xl font-bold">{t("report")}</h1>
      <p className="text-lg" {...textAttributes(lesson.text)}>
        {lesson.frontmatter.title}
      </p>
      <p>{t("reportIntro", { language: LOCALE_NAMES[locale] })}</p>
      <ReportForm moduleSlug={module.slug} lessonSlug={lesson.slug} action={reportTranslationProblemAction} />
    </article>
  );
}
