import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getCourse } from "@/lib/content/course";
import { textAttributes } from "@/lib/content/course-language";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("guides"))("title") };
}

export default async function GuidesPage() {
  await requirePageUser("guides:read", "/guides");
  const t = await getTranslations("guides");
  const course = await getCourse(await getLocale());
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p>{t("intro")}</p>
      </div>
      <section className="space-y-3">
        <h2 className="text-xl font-semibold">{t("modules")}</h2>
        <ul className="space-y-2">
          {course.modules.map((module) => (
            <li key={module.slug} className="rounded border border-slate-200 p-3">
              <Link {...textAttributes(module.facilitator?.text ?? module.text)} href={`/guides/${module.slug}`} className="font-medium underline">
                {module.facilitator?.title ?? module.frontmatter.title}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section className="space-y-3">
        <h2 className="text-xl font-semibold">{t("jobAidsHeading")}</h2>
        <p>{t("jobAidsIntro")}</p>
        <ul className="list-disc space-y-1 ps-6">
          {course.jobAids.map((aid) => (
            <li key={aid.id}>
              <Link {...textAttributes(aid.text)} href={`/job-aids/${aid.id}`} className="underline">
                {aid.frontmatter.title}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
