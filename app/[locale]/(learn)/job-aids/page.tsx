import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getCourse } from "@/lib/content/course";
import { COURSE_TEXT } from "@/lib/content/course-language";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jobAids"))("title") };
}

export default async function JobAidsPage() {
  await requirePageUser("learning:study", "/job-aids");
  const t = await getTranslations("jobAids");
  const { jobAids } = await getCourse();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <ul className="space-y-3">
        {jobAids.map((aid) => (
          <li key={aid.id} className="rounded border border-slate-200 p-4">
            <h2 {...COURSE_TEXT} className="text-lg font-semibold">
              <Link href={`/job-aids/${aid.id}`} className="underline">
                {aid.frontmatter.title}
              </Link>
            </h2>
            <p {...COURSE_TEXT} className="mt-1 text-slate-700">
              {aid.frontmatter.summary}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
