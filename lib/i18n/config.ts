// Interface languages with complete catalogs: the ten languages of the network. Course text is in
// English for now; the interface around it follows the member's choice. Dari is "fa-AF" (Persian as
// written in Afghanistan), Uzbek is written in Latin script; Tajik, Kazakh and Kyrgyz in Cyrillic.
export const LOCALES = ["en", "ar", "ru", "fa-AF", "ps", "ur", "tg", "uz", "kk", "ky"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "locale";

const RTL: readonly string[] = ["ar", "fa-AF", "ps", "ur"];
export const directionOf = (locale: string): "ltr" | "rtl" => (RTL.includes(locale) ? "rtl" : "ltr");

/** Each language named in itself, so a member can find hers whatever is showing. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  ar: "العربية",
  ru: "Русский",
  "fa-AF": "دری",
  ps: "پښتو",
  ur: "اردو",
  tg: "Тоҷикӣ",
  uz: "Oʻzbekcha",
  kk: "Қазақша",
  ky: "Кыргызча",
};

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

// A browser's language tag names the language first ("fa-IR", "uz-Cyrl-UZ"); ours by that first
// subtag. Persian from anywhere gets Dari, the written language closest to it; "prs" is ISO 639-3's
// code for Dari itself.
const BY_LANGUAGE = new Map<string, Locale>([...LOCALES.map((locale) => [locale.split("-")[0]!, locale] as const), ["prs", "fa-AF"]]);

/** The interface language for a language tag or an account's or cohort's language ("fa" is Dari), if there is one. */
export const interfaceLocaleOf = (tag: string | null | undefined): Locale | undefined =>
  tag ? BY_LANGUAGE.get(tag.toLowerCase().split("-")[0]!) : undefined;

/** The first supported language in an Accept-Language header, by the order the browser gives. */
export function localeFromAcceptLanguage(header: string | null): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag, q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => interfaceLocaleOf(entry.tag)).find(isLocale);
}
