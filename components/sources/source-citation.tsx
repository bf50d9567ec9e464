import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Source } from "@/lib/content/schemas";

/**
 * A lesson's <Source id>: a short bracketed reference that opens the entry on the Sources page. The
 * full title follows for screen readers, after the visible words, so the link's name starts with them.
 * A page that lists its sources itself (the printable module) points the citation there instead,
 * with a plain link: a link within the page needs no client-side navigation.
 */
export async function SourceCitation({ source, href = `/sources#${source.id}` }: { source: Source; href?: string }) {
  const t = await getTranslations("sources");
  const Anchor = href.startsWith("#") ? "a" : Link;
  return (
    <Anchor href={href} className="text-sm text-slate-600 underline decoration-dotted underline-offset-4 hover:text-slate-900">
      [{t("cite", { short: source.short, year: source.year })}]<span className="sr-only"> {t("citeDetail", { title: source.title, issuer: source.issuer })}</span>
    </Anchor>
  );
}
