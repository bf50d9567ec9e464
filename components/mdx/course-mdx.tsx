import { getMDXComponent } from "mdx-bundler/client";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Figure } from "@/components/figures/figure";
import { Callout } from "@/components/mdx/callout";
import { Term } from "@/components/mdx/term";
import { SourceCitation } from "@/components/sources/source-citation";
import { compileMdx } from "@/lib/content/compile";
import { getCourse } from "@/lib/content/course";
import { getGlossary } from "@/lib/content/glossary";
import { getSources } from "@/lib/content/sources";
import { textAttributes } from "@/lib/content/course-language";
import { directionOf, type Locale } from "@/lib/i18n/config";

// getMDXComponent evaluates the compiled code; do that once per compiled text, not per request.
const evaluated = new Map<string, ReturnType<typeof getMDXComponent>>();

/** Course MDX (a lesson, a module overview, a job aid) compiled and evaluated once per text. */
export async function courseMdxComponent(source: string) {
  const code = await compileMdx(source);
  let Content = evaluated.get(code);
  if (!Content) {
    Content = getMDXComponent(code);
    evaluated.set(code, Content);
  }
  return Content;
}

/** The components any course MDX may use, whatever page shows it: links, Callout, Term, Source, Figure. */
export async function commonMdxComponents() {
  const locale = (await getLocale()) as Locale;
  const glossary = await getGlossary(locale);
  const sources = await getSources(locale);
  const { figures, figureText } = await getCourse(locale);
  const more = (await getTranslations("glossary"))("more");
  const figureLabels = { lang: locale, dir: directionOf(locale), textDescription: (await getTranslations("figure"))("textDescription") };
  return {
    // Cross-references inside a lesson are not prefetched: a lesson fetched ahead costs her about
    // 25 KB of data (bench:weight), for a page she seldom opens from there.
    a: ({ href = "", ...props }: React.AnchorHTMLAttributes<HTMLAnchorElement>) =>
      href.startsWith("/") ? <Link href={href} prefetch={false} {...props} /> : <a href={href} rel="noreferrer" {...props} />,
    Callout,
    Term: ({ id, children }: { id: string; children: React.ReactNode }) => {
      const entry = glossary.get(id);
      return (
        <Term id={id} term={entry?.term} definition={entry?.definition} language={entry && textAttributes(entry.text)} glossaryLabel={more}>
          {children}
        </Term>
      );
    },
    Source: ({ id }: { id: string }) => {
      const source = sources.get(id);
      return source ? <SourceCitation source={source} /> : null;
    },
    Figure: ({ id }: { id: string }) => <Figure id={id} figures={figures} labels={figureLabels} text={figureText[id] && textAttributes(figureText[id])} />,
  };
}
