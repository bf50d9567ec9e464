"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { db } from "@/lib/db/client";
import { interfaceLocaleOf, LOCALES } from "./config";
import { hasChosenLocale, rememberLocale } from "./remember-locale";

const localeSchema = z.object({ locale: z.enum(LOCALES) });

/**
 * The language switcher, remembered in a cookie for a year and, when she is signed in, on her
 * account (her trainer sees which language she studies in). Then back to the page she was on, now
 * in that language: proxy.ts reads the cookie and serves that language's build of the page.
 * (Referrer-Policy is same-origin, so the browser sends the page's address.)
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = localeSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  await rememberLocale(parsed.data.locale);
  const user = await getCurrentUser();
  if (user) await (await db()).user.update({ where: { id: user.id }, data: { locale: parsed.data.locale } });
  redirect(pageItCameFrom((await headers()).get("referer")));
}

/**
 * Just after she signs in, on a device where she never chose a language: her account's language,
 * which her cohort's language set when she joined (or the switcher on another device).
 */
export async function adoptAccountLocaleAction(): Promise<void> {
  if (await hasChosenLocale()) return;
  const user = await getCurrentUser();
  if (!user) return;
  const account = await (await db()).user.findUnique({ where: { id: user.id }, select: { locale: true } });
  const locale = interfaceLocaleOf(account?.locale);
  if (locale) await rememberLocale(locale);
}

/** Only the path of the page the form was on (never another site), else the home page. */
function pageItCameFrom(referer: string | null): string {
  try {
    const url = new URL(referer ?? "");
    return safeCallbackPath(`${url.pathname}${url.search}`, url.origin, "/");
  } catch {
    return "/";
  }
}
