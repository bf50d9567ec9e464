"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { LOCALE_COOKIE, LOCALES } from "./config";

const localeSchema = z.object({ locale: z.enum(LOCALES) });

/**
 * The language switcher, remembered in a cookie for a year. It does not touch her account's
 * preferred language, which may be one the interface does not offer yet (Dari, say). Then back to
 * the page she was on, now in that language: proxy.ts reads the cookie and serves that language's
 * build of the page. (Referrer-Policy is same-origin, so the browser sends the page's address.)
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = localeSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: 365 * 24 * 60 * 60,
    sameSite: "lax",
  });
  redirect(pageItCameFrom((await headers()).get("referer")));
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
