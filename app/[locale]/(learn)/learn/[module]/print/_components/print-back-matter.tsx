import { getTranslations } from "next-intl/server";
import { SourceEntry } from "@/components/sources/source-entry";
import { textAttributes } from "@/lib/content/course-language";
import type { GlossaryEntry } from "@/lib/content/schemas";
import type { SourceText } from "@/lib/content/sources";
import type { TextOrigin } from "@/lib/content/translations";
import { sourceAnchor, termAnchor } from "./print-mdx";

/** The glossary entries of the terms the module uses, where its marked terms point. */
export async function PrintGlossary({ entries }: { entries: (GlossaryEntry & { text: TextOrigin })[] }) {
  if (entries.length === 0) return null;
  const t = await getTranslations("print");
  return (
    <section id="glossary" aria-labelledby="glossary-title" className="print-part space-y-4 border-t border-slate-300 pt-8">
      <h2 id="glossary-title" className="text-2xl font-bold">
        {t("glossary")}
      </h2>
      <dl className="space-y-3">
        {entries.map((entry) => (
          <div key={entry.id} {...textAttributes(entry.text)} id={termAnchor(entry.id)} className="break-inside-avoid">
            <dt className="font-semibold">{entry.term}</dt>
            <dd>{entry.definition}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The module's further reading and the sources its lessons cite, with their addresses written out for paper. */
export async function PrintSources({ sources }: { sources: SourceText[] }) {
  if (sources.length === 0) return null;
  const t = await getTranslations("print");
  return (
    <section id="sources" aria-labelledby="sources-title" className="print-part space-y-4 border-t border-slate-300 pt-8">
      <h2 id="sources-title" className="text-2xl font-bold">
        {t("sources")}
      </h2>
      <ul className="space-y-4">
        {sources.map((source) => (
          <li key={source.id} id={sourceAnchor(source.id)}>
            <SourceEntry source={source} headingLevel="h3" />
          </li>
        ))}
      </ul>
    </section>
  );
}
