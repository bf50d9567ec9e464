import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Source } from "@/lib/content/schemas";

/** A lesson's <Source id>: a short bracketed reference that opens the entry on the Sources page. */
export async function SourceCitation({ source }: { source: Source }) {
  const t = await getTranslations("sources");
  return (
    <Link
      href={`/sources#${source.id}`}
      aria-label={t("citeLabel", { title: source.title, issuer: source.issuer, year: source.year })}
      className="text-sm text-slate-600 underline decoration-dotted underline-offset-4 hover:text-slate-900"
    >
      [{t("cite", { short: source.short, year: source.year })}]
    </Link>
  );
}
