import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SourceEntry } from "@/components/sources/source-entry";
import { getSources } from "@/lib/content/sources";

/** A module's further reading: the entries of content/sources.yaml its module.mdx lists. */
export async function FurtherReading({ ids }: { ids: string[] }) {
  const sources = await getSources(await getLocale());
  const entries = ids.flatMap((id) => sources.get(id) ?? []);
  if (entries.length === 0) return null;
  const t = await getTranslations("module");
  return (
    <section aria-labelledby="further-reading" className="space-y-3">
      <h2 id="further-reading" className="text-xl font-semibold">
        {t("furtherReading")}
      </h2>
      <ul className="space-y-4">
        {entries.map((source) => (
          <li key={source.id}>
            <SourceEntry source={source} headingLevel="h3" />
          </li>
        ))}
      </ul>
      <Link href="/sources" className="inline-block text-sm underline">
        {t("allSources")}
      </Link>
    </section>
  );
}
