import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LearnBreadcrumb } from "../../_components/learn-breadcrumb";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/page-guard";
import { findModule } from "@/lib/content/course";
import { textAttributes } from "@/lib/content/course-language";
import { FINAL_CHECK } from "@/lib/progress/constants";
import { getModuleProgress } from "@/lib/progress/get-module-progress";
import { moduleRefSchema } from "@/lib/progress/schemas";
import { FinalCheck } from "../../_components/final-check";

type Params = { params: Promise<{ module: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("module"))("knowledgeCheck") };
}

export default async function CheckPage({ params }: Params) {
  const { module: slug } = await params;
  await requirePageUser("learning:study", `/learn/${slug}/check`);
  const ref = moduleRefSchema.safeParse({ moduleSlug: slug });
  // In her language: scoring, versions and ids are the English file's (lib/content/translations.ts).
  const module = ref.success ? await findModule(ref.data.moduleSlug, await getLocale()) : undefined;
  if (!module?.checks[FINAL_CHECK]) notFound();
  const t = await getTranslations("module");
  const progress = await getModuleProgress(module);
  const unfinished = module.lessons.filter((lesson) => !progress.lessons[lesson.slug]?.completedAt);
  return (
    <article className="space-y-6">
      <LearnBreadcrumb module={module} />
      <h1 className="text-3xl font-bold">
        {t("knowledgeCheck")}: <span {...textAttributes(module.text)}>{module.frontmatter.title}</span>
      </h1>
      {progress.completedAt ? (
        <p role="status" className="rounded bg-emerald-50 p-3 font-medium text-emerald-900">
          {t("moduleComplete")}
        </p>
      ) : (
        progress.finalPassed &&
        unfinished.length > 0 && (
          <p role="status" className="rounded bg-sky-50 p-3 text-sky-900">
            {t("finishLessons", { count: unfinished.length })}{" "}
            <Link href={`/learn/${module.slug}/${unfinished[0]!.slug}`} className="underline">
              {unfinished[0]!.frontmatter.title}
            </Link>
          </p>
        )
      )}
      <FinalCheck module={module} />
      <Link href={`/learn/${module.slug}`} className="underline">
        {t("backToModule")}
      </Link>
    </article>
  );
}
