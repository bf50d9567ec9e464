"use client";

import { useLocale } from "next-intl";
import { directionOf, type Locale } from "@/lib/i18n/config";

/**
 * lang and dir for interface text that sits inside English course text (buttons and messages of a
 * knowledge check inside a lesson), so each part reads in its own direction and language.
 */
export function useInterfaceText(): { lang: string; dir: "ltr" | "rtl" } {
  const locale = useLocale() as Locale;
  return { lang: locale, dir: directionOf(locale) };
}
