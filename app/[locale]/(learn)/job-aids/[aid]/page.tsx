import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { PrintButton } from "@/components/print/print-button";
import { findJobAid, getCourse } from "@/lib/content/course";
import { textAttributes } from "@/lib/content/course-language";
import type { Locale } from "@/lib/i18n/config";
import { JobAidContent } from "../_components/job-aid-content";

type Params = { params: Promise<{ locale: Locale; aid: string }> };

// Built once per language; proxy.ts lets only signed-in people reach it.
export async function generateStaticParams() {
  return (await getCourse()).jobAids.map((aid) => ({ aid: aid.id }));
}
export const dynamicParams = false;

const aidIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(100);

async function find(aid: string, locale: Locale) {
  const id = aidIdSchema.safeParse(aid);
  return id.success ? findJobAid(id.data, locale) : undefined;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, aid } = await params;
  return { title: (await find(aid, locale))?.frontmatter.title };
}

export default async function JobAidPage({ params }: Params) {
  const { locale, aid: aidId } = await params;
  setRequestLocale(locale);
  const aid = await find(aidId, locale);
  if (!aid) notFound();
  const t = await getTranslations("jobAids");
  return (
    <article className="printable space-y-4">
      <nav aria-label={t("breadcrumb")} className="text-sm print:hidden">
        <Link href="/job-aids" className="underline">
          {t("title")}
        </Link>
      </nav>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 {...textAttributes(aid.text)} className="text-2xl font-bold">
          {aid.frontmatter.title}
        </h1>
        <PrintButton label={t("print")} />
      </div>
      <p className="text-sm text-slate-600 print:hidden">{t("printHint")}</p>
      <div {...textAttributes(aid.text)} className="job-aid prose prose-slate max-w-none">
        <JobAidContent source={aid.body} />
      </div>
    </article>
  );
}
