import { getLocale } from "next-intl/server";
import { directionOf, type Locale } from "@/lib/i18n/config";

/** lang and dir for interface words inside English course text: the server twin of useInterfaceText. */
export async function interfaceText(): Promise<{ lang: string; dir: "ltr" | "rtl" }> {
  const locale = (await getLocale()) as Locale;
  return { lang: locale, dir: directionOf(locale) };
}
