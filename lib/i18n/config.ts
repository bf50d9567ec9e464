// Interface languages with complete catalogs. Course text is in English for now; the interface
// around it follows the member's choice.
export const LOCALES = ["en", "ar", "ru"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "locale";

const RTL: readonly Locale[] = ["ar"];
export const directionOf = (locale: Locale): "ltr" | "rtl" => (RTL.includes(locale) ? "rtl" : "ltr");

/** Each language named in itself, so a member can find hers whatever is showing. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ar: "العربية", ru: "Русский" };

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** The first supported language in an Accept-Language header, by the order the browser gives. */
export function localeFromAcceptLanguage(header: string | null): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { base: tag.toLowerCase().split("-")[0], q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.base).find(isLocale);
}
