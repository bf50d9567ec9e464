import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TextOrigin } from "@/lib/content/translations";

/**
 * Above translated course text: a note when the English was updated after the translation was
 * made, or when there is no translation yet; and a link to the English beside it.
 */
export async function TranslationNote({ locale, text, englishHref }: { locale: string; text: TextOrigin; englishHref?: string }) {
  if (locale === "en") return null;
  const t = await getTranslations("translation");
  const translated = text.language === locale;
  if (translated && !text.stale && !englishHref) return null;
  return (
    <p className="no-print rounded bg-slate-50 p-3 text-sm text-slate-700">
      {!translated && <>{t("notTranslated")} </>}
      {translated && text.stale && <>{t("stale")} </>}
      {translated && englishHref && (
        <Link href={englishHref} prefetch={false} className="underline">
          {t("readInEnglish")}
        </Link>
      )}
    </p>
  );
}
