import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";

/** Public (a signed-out visitor may switch language too); saved only on her own account. */
export async function setMyLocale(locale: Locale): Promise<void> {
  const user = await getCurrentUser();
  if (!user || user.locale === locale) return;
  await (await db()).user.update({ where: { id: user.id }, data: { locale } });
}
