import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "./config";

// The locale comes from the [locale] path segment: pages built ahead of time pass it with
// setRequestLocale, and proxy.ts sends it as next-intl's locale header for the pages rendered per
// request. proxy.ts chose it from her cookie or her browser's languages (lib/i18n/locale-path.ts).
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return { locale, timeZone: "UTC", messages: (await import(`./messages/${locale}.json`)).default };
});
