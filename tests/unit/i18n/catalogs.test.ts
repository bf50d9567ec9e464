import { describe, expect, it } from "vitest";
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

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

describe("message catalogs", async () => {
  const catalogs = Object.fromEntries(
    await Promise.all(LOCALES.map(async (locale) => [locale, flatten((await import(`@/lib/i18n/messages/${locale}.json`)).default)] as const)),
  );
  const english = catalogs.en!;

  it.each(LOCALES.filter((l) => l !== "en"))("%s has every English key, no extra key, and the same placeholders", (locale) => {
    const catalog = catalogs[locale]!;
    expect([...catalog.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) {
      expect(new Set(placeholders(catalog.get(key)!)), `${locale}:${key}`).toEqual(new Set(placeholders(text)));
      expect(catalog.get(key)!.trim(), `${locale}:${key}`).not.toBe("");
    }
  });
});

describe("localeFromAcceptLanguage", () => {
  it("takes the browser's best supported language", () => {
    expect(localeFromAcceptLanguage("fa-AF,ar;q=0.8,en;q=0.5")).toBe("ar");
    expect(localeFromAcceptLanguage("ru-RU,ru;q=0.9")).toBe("ru");
    expect(localeFromAcceptLanguage("en;q=0.2,ru;q=0.9")).toBe("ru");
    expect(localeFromAcceptLanguage("de-DE")).toBeUndefined();
    expect(localeFromAcceptLanguage(null)).toBeUndefined();
  });
});
