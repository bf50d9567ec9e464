import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type Locale } from "./config";

// Public addresses carry no language (links stay the same in every language and her choice is
// remembered); inside the app every page lives under /[locale]/. proxy.ts joins the two.

/**
 * Not pages in a language: framework files, the API, the service worker, the offline page (all
 * ten languages in one), and files at the top level (public/, the manifest): a name with a dot
 * there is a file, never a page.
 */
const OUTSIDE_LOCALES = /^\/(?:_next|api|serwist)(?:\/|$)|^\/offline$|^\/[^/]+\.[A-Za-z0-9]+$/;

export const isLocalised = (pathname: string) => !OUTSIDE_LOCALES.test(pathname);

/** Her choice on the switcher, else her browser's first language we have, else English. */
export function chooseLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  return isLocale(cookie) ? cookie : (localeFromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE);
}

export { LOCALE_COOKIE };
