import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { textAttributes } from "@/lib/content/course-language";
import type { CourseModule } from "@/lib/content/load";

/** "My learning / <module>" above a module's pages; just "My learning" on the module itself. Not prefetched: see site-header.tsx. */
export async function LearnBreadcrumb({ module }: { module?: CourseModule }) {
  const t = await getTranslations("module");
  return (
    <nav aria-label={t("breadcrumb")} className="text-sm">
      <Link href="/learn" prefetch={false} className="underline">
        {t("myLearning")}
      </Link>
      {module && (
        <>
          {" / "}
          <Link {...textAttributes(module.text)} href={`/learn/${module.slug}`} prefetch={false} className="underline">
            {module.frontmatter.title}
          </Link>
        </>
      )}
    </nav>
  );
}
