import { cookies } from "next/headers";
import { LOCALE_COOKIE, type Locale } from "./config";

/** Her interface language on this device, for a year: the language switcher, or her cohort's on joining. */
export async function rememberLocale(locale: Locale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
}

/** Whether she has chosen a language on this device with the switcher. */
export async function hasChosenLocale(): Promise<boolean> {
  return (await cookies()).has(LOCALE_COOKIE);
}
