import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { parse } from "yaml";
import { splitFrontmatter } from "./frontmatter";

// A translated course file lives at content/translations/<locale>/ under the same path as the
// English file it translates, and says which English it translates: YAML files in a first-line
// comment "# translatedFrom: <hash>", MDX files in a `translatedFrom` frontmatter field, the hash
// being the English file's content version (`contentVersion`). When the English changes, the
// translation is stale until a translator updates it and its hash.
//
// Checks, scenarios and risk exercises are scored and branched by ids; a translation may change
// only the words. So a translated file must have exactly the English file's structure: the same
// keys, the same number of items in each list, the same numbers and flags (`correct: true`), the same
// value under every key below, and in MDX the same components in the same order with the same
// ids. A file that differs is refused when the course loads, so the build fails on it.

/** Keys whose string values are ids, links or choices between fixed values, never words to translate. */
const STRUCTURAL_KEYS = new Set([
  "id",
  "next",
  "start",
  "outcome",
  "principle",
  "principles",
  "instrumentalPrinciples",
  "furtherReading",
  "revisit",
  "link",
  "kind",
  "riskExercise",
  "acceptFrom",
  "pattern",
]);

export const translationsRoot = (root: string, locale: string) => path.join(root, "translations", locale);

/** Where the translation of the English file `englishFile` (under `root`) into `locale` lives. */
export const translationFileOf = (root: string, locale: string, englishFile: string) =>
  path.join(translationsRoot(root, locale), path.relative(root, englishFile));

/** A content file's version: the first 16 hex digits of the SHA-256 of its text, as `translatedFrom` records it. */
export const contentVersion = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16);

/** Where a piece of course text came from: the language it is in, and whether the English has changed since. */
export type TextOrigin = { language: string; stale: boolean };
export const ENGLISH: TextOrigin = { language: "en", stale: false };

/**
 * The first difference of structure between an English value and its translation, described for
 * the author ("questions.2.options.1.correct: the English has true"), or undefined when the two
 * differ only in words.
 */
export function structuralDifference(english: unknown, translated: unknown, where = "", key = ""): string | undefined {
  const at = where || "(file)";
  if (Array.isArray(english)) {
    if (!Array.isArray(translated)) return `${at}: the English has a list here`;
    if (translated.length !== english.length) return `${at}: the English has ${english.length} items, the translation ${translated.length}`;
    for (const [i, item] of english.entries()) {
      const found = structuralDifference(item, translated[i], where ? `${where}.${i}` : String(i), key);
      if (found) return found;
    }
    return undefined;
  }
  if (english !== null && typeof english === "object") {
    if (translated === null || typeof translated !== "object" || Array.isArray(translated)) return `${at}: the English has a map here`;
    const englishKeys = Object.keys(english).sort();
    const translatedKeys = Object.keys(translated).sort();
    if (!isDeepStrictEqual(englishKeys, translatedKeys)) return `${at}: the English has the keys ${englishKeys.join(", ")}; the translation ${translatedKeys.join(", ")}`;
    for (const name of englishKeys) {
      const found = structuralDifference((english as Record<string, unknown>)[name], (translated as Record<string, unknown>)[name], where ? `${where}.${name}` : name, name);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof english === "string" && !STRUCTURAL_KEYS.has(key)) {
    return typeof translated === "string" && translated.trim() !== "" ? undefined : `${at}: the translation has no text here`;
  }
  return isDeepStrictEqual(english, translated) ? undefined : `${at}: must stay ${JSON.stringify(english)} as in the English`;
}

/** The components an MDX body uses, in order, with their ids: `<Check id="x" />` → `Check#x`. */
export function componentSequence(body: string): string[] {
  return [...body.matchAll(/<([A-Z][A-Za-z]*)\b([^>]*)>/g)].map(([, name, attributes]) => {
    const id = /\bid="([^"]*)"/.exec(attributes ?? "")?.[1];
    return id === undefined ? name! : `${name}#${id}`;
  });
}

const YAML_MARK = /^# translatedFrom: ([0-9a-f]{16})\s*$/m;

/** A translation read from disk: its parsed data (YAML) or frontmatter and body (MDX), and what it translates. */
export type Translation = { file: string; translatedFrom: string; data: unknown; body?: string };

export class TranslationError extends Error {}

async function readIfThere(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * The translation of the English file at `englishFile` (under `root`) into `locale`, or undefined
 * when there is none. Throws a TranslationError naming the file when it does not say what it
 * translates, does not parse, or differs from the English in structure.
 */
export async function readTranslation(
  root: string,
  locale: string,
  englishFile: string,
  english: { data: unknown; body?: string },
): Promise<Translation | undefined> {
  const file = translationFileOf(root, locale, englishFile);
  const source = await readIfThere(file);
  if (source === undefined) return undefined;
  const fail = (problem: string) => new TranslationError(`${file}: ${problem}`);
  let translation: Translation;
  try {
    if (english.body === undefined) {
      const translatedFrom = YAML_MARK.exec(source.split("\n", 1)[0] ?? "")?.[1];
      if (!translatedFrom) throw fail('the first line must be "# translatedFrom: <the English file\'s version>"');
      translation = { file, translatedFrom, data: parse(source) };
    } else {
      const { data, body } = splitFrontmatter(source);
      const { translatedFrom, ...frontmatter } = (data ?? {}) as Record<string, unknown>;
      if (typeof translatedFrom !== "string" || !/^[0-9a-f]{16}$/.test(translatedFrom)) {
        throw fail("the frontmatter must give translatedFrom: <the English file's version>");
      }
      translation = { file, translatedFrom, data: frontmatter, body };
    }
  } catch (error) {
    if (error instanceof TranslationError) throw error;
    throw fail(`does not parse: ${(error as Error).message}`);
  }
  const difference = structuralDifference(english.data, translation.data);
  if (difference) throw fail(`differs from the English in structure at ${difference}`);
  if (english.body !== undefined) {
    const expected = componentSequence(english.body);
    const found = componentSequence(translation.body ?? "");
    if (!isDeepStrictEqual(expected, found)) {
      throw fail(`must use the English file's components in the same order with the same ids: ${expected.join(" ")}; it has ${found.join(" ")}`);
    }
  }
  return translation;
}
