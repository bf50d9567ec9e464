// `npm run content:status`: for each language, per module and for the course-wide files, how many
// content files are translated and current, translated but stale (the English changed since), and
// still English only, with the English words of the lessons and module pages translated. Exits 1 when a
// translation does not load (wrong structure, no translatedFrom), as the build would fail on it.
import { LOCALES } from "@/lib/i18n/config";
import { loadCourse } from "./load";
import { translationStatus, type Tally } from "./translation-status";

const columns = (part: string, t: Tally) =>
  `  ${part.padEnd(22)}${String(t.translated).padStart(11)}${String(t.stale).padStart(7)}${String(t.missing).padStart(9)}${String(t.words).padStart(9)}`;

async function main() {
  const english = await loadCourse();
  for (const locale of LOCALES.filter((l) => l !== "en")) {
    const rows = translationStatus(await loadCourse(undefined, locale), english);
    const total = rows.reduce<Tally>(
      (sum, { tally }) => ({
        translated: sum.translated + tally.translated,
        stale: sum.stale + tally.stale,
        missing: sum.missing + tally.missing,
        words: sum.words + tally.words,
      }),
      { translated: 0, stale: 0, missing: 0, words: 0 },
    );
    console.log(`\n${locale}\n  ${"part".padEnd(22)} translated  stale  missing    words`);
    for (const { part, tally } of rows) console.log(columns(part, tally));
    console.log(columns("whole course", total));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
