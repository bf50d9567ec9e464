import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/lib/i18n/set-locale-action";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/config";
import { AutoSubmitSelect } from "./auto-submit-select";

/** A plain form: works without JavaScript (choose, then "Change"); with it, choosing is enough. */
export async function LanguageSwitcher() {
  const t = await getTranslations("layout");
  const locale = await getLocale();
  return (
    <form action={setLocaleAction} className="flex items-center gap-2 text-sm">
      <label htmlFor="locale-select" className="sr-only">
        {t("language")}
      </label>
      <AutoSubmitSelect
        key={locale}
        id="locale-select"
        name="locale"
        defaultValue={locale}
        className="language-names rounded border border-white/40 bg-brand-900 px-2 py-1"
        options={LOCALES.map((code) => ({ value: code, label: LOCALE_NAMES[code], lang: code }))}
      />
      <button type="submit" className="rounded border border-white/40 px-2 py-1">
        {t("changeLanguage")}
      </button>
    </form>
  );
}
