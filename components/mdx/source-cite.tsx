import type { Source } from "@/lib/content/schemas";

/**
 * <Source id="..." />: a short link to the cited entry on the Sources page. Its title is shown when
 * content/sources.yaml has the entry, so a printed page still says what it cites.
 */
export function SourceCite({ id, source, label }: { id: string; source?: Source; label: string }) {
  return (
    <a href={`/sources#${id}`} className="text-sm text-slate-700 underline decoration-dotted underline-offset-4">
      ({source ? `${label}: ${source.title}, ${source.issuer}, ${source.year}` : label})
    </a>
  );
}
