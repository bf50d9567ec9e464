import { getTranslations } from "next-intl/server";
import { paragraphs } from "@/lib/content/paragraphs";
import type { SourceText } from "@/lib/content/sources";

type Props = { source: SourceText; headingLevel: "h2" | "h3"; children?: React.ReactNode };

/** One source as the Sources page and a module's further reading show it: what, who, when, where. */
export async function SourceEntry({ source, headingLevel: Heading, children }: Props) {
  const t = await getTranslations("sources");
  return (
    <div className="break-inside-avoid">
      <Heading {...source.titleLanguage} className="text-base font-semibold">
        <a href={source.link} rel="noreferrer" className="underline underline-offset-4 hover:text-brand-700">
          {source.title}
        </a>
      </Heading>
      <p className="text-sm text-slate-600">
        <span {...source.language}>{source.issuer}</span>, {source.year}
      </p>
      {paragraphs(source.description).map((paragraph, index) => (
        <p key={index} {...source.language} className="mt-1">
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
