import { describe, expect, it } from "vitest";
import { isPluralElement, isSelectElement, isTagElement, parse, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { LOCALES, localeFromAcceptLanguage } from "@/lib/i18n/config";

type Catalog = { [key: string]: string | Catalog };

function flatten(catalog: Catalog, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** Every argument ("{count}") and rich-text tag ("<link>") a message uses, and its plural arguments. */
function shape(elements: MessageFormatElement[], found = { names: new Set<string>(), plurals: [] as { name: string; forms: string[] }[] }) {
  for (const element of elements) {
    if ("value" in element && typeof element.value === "string" && element.type !== 0) found.names.add(isTagElement(element) ? `<${element.value}>` : element.value);
    if (isTagElement(element)) shape(element.children, found);
    if (isPluralElement(element)) found.plurals.push({ name: element.value, forms: Object.keys(element.options) });
    if (isPluralElement(element) || isSelectElement(element)) for (const option of Object.values(element.options)) shape(option.value, found);
  }
  return found;
}

describe("message catalogs", async () => {
  const catalogs = Object.fromEntries(
    await Promise.all(LOCALES.map(async (locale) => [locale, flatten((await import(`@/lib/i18n/messages/${locale}.json`)).default)] as const)),
  );
  const english = catalogs.en!;

  it.each(LOCALES.filter((l) => l !== "en"))("%s has every English key, no extra key, and the same arguments and tags", (locale) => {
    const catalog = catalogs[locale]!;
    expect([...catalog.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) {
      expect(catalog.get(key)!.trim(), `${locale}:${key}`).not.toBe("");
      expect(shape(parse(catalog.get(key)!)).names, `${locale}:${key}`).toEqual(shape(parse(text)).names);
    }
  });

  // Arabic counts 0, 1, 2, 3–10 and 11–99 with different words, Russian 1, 2–4 and 5–20: a message
  // that offers only "one" and "other" reads wrongly for most numbers.
  it.each(LOCALES)("%s gives every plural the forms its language needs", (locale) => {
    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const [key, text] of catalogs[locale]!) {
      for (const plural of shape(parse(text)).plurals) {
        expect(plural.forms, `${locale}:${key} {${plural.name}}`).toEqual(expect.arrayContaining([...needed]));
      }
    }
  });
});

describe("localeFromAcceptLanguage", () => {
  it("takes the browser's best supported language", () => {
    expect(localeFromAcceptLanguage("fa-AF,ar;q=0.8,en;q=0.5")).toBe("fa-AF");
    expect(localeFromAcceptLanguage("de,ar;q=0.8,en;q=0.5")).toBe("ar");
    expect(localeFromAcceptLanguage("fa-IR")).toBe("fa-AF");
    expect(localeFromAcceptLanguage("prs")).toBe("fa-AF");
    expect(localeFromAcceptLanguage("uz-Latn-UZ,ru;q=0.5")).toBe("uz");
    expect(localeFromAcceptLanguage("ky-KG")).toBe("ky");
    expect(localeFromAcceptLanguage("ru-RU,ru;q=0.9")).toBe("ru");
    expect(localeFromAcceptLanguage("en;q=0.2,ru;q=0.9")).toBe("ru");
    expect(localeFromAcceptLanguage("de-DE")).toBeUndefined();
    expect(localeFromAcceptLanguage("constructor,__proto__")).toBeUndefined();
    expect(localeFromAcceptLanguage(null)).toBeUndefined();
  });
});
