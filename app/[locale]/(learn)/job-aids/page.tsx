import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getCourse } from "@/lib/content/course";
import { textAttributes } from "@/lib/content/course-language";
import type { Locale } from "@/lib/i18n/config";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "jobAids" }))("title") };
}

// Built once per language; proxy.ts lets only signed-in people reach it.
export default async function JobAidsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("jobAids");
  const { jobAids } = await getCourse(locale);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <ul className="space-y-3">
        {jobAids.map((aid) => (
          <li key={aid.id} className="rounded border border-slate-200 p-4">
            <h2 {...textAttributes(aid.text)} className="text-lg font-semibold">
              <Link href={`/job-aids/${aid.id}`} className="underline">
                {aid.frontmatter.title}
              </Link>
            </h2>
            <p {...textAttributes(aid.text)} className="mt-1 text-slate-700">
              {aid.frontmatter.summary}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
