"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/config";

const localeSchema = z.object({ locale: z.enum(LOCALES) });

/**
 * The language switcher, remembered in a cookie for a year. It does not touch her account's
 * preferred language, which may be one the interface does not offer yet (Dari, say).
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = localeSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: 365 * 24 * 60 * 60,
    sameSite: "lax",
  });
  revalidatePath("/", "layout");
}
