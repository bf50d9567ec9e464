import { getTranslations } from "next-intl/server";
import { COURSE_TEXT } from "@/lib/content/course-language";
import { paragraphs } from "@/lib/content/paragraphs";
import type { Source } from "@/lib/content/schemas";

type Props = { source: Source; headingLevel: "h2" | "h3"; children?: React.ReactNode };

/** One source as the Sources page and a module's further reading show it: what, who, when, where. */
export async function SourceEntry({ source, headingLevel: Heading, children }: Props) {
  const t = await getTranslations("sources");
  return (
    <div className="break-inside-avoid">
      <Heading {...COURSE_TEXT} className="text-base font-semibold">
        <a href={source.link} rel="noreferrer" className="underline underline-offset-4 hover:text-brand-700">
          {source.title}
        </a>
      </Heading>
      <p className="text-sm text-slate-600">
        <span {...COURSE_TEXT}>{source.issuer}</span>, {source.year}
      </p>
      {paragraphs(source.description).map((paragraph, index) => (
        <p key={index} {...COURSE_TEXT} className="mt-1">
          {paragraph}
        </p>
      ))}
      <p className="mt-1 break-all text-sm text-slate-600 print:block">
        <span className="sr-only">{t("address")} </span>
        <span dir="ltr">{source.link}</span>
      </p>
      {children}
    </div>
  );
}
