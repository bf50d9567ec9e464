import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "about" }))("title") };
}

export default async function AboutPage({ params }: Props) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("about");
  return (
    <div className="prose prose-slate max-w-none">
      <h1>{t("title")}</h1>
      <p>{t("purpose")}</p>
      <h2>{t("attributionHeading")}</h2>
      <p>{t("attribution")}</p>
      <p>{t("toolkit")}</p>
      <p>{t("noEndorsement")}</p>
      <h2>{t("translationsHeading")}</h2>
      <p>{t("translations")}</p>
      <h2>{t("privacyHeading")}</h2>
      <p>{t("privacy")}</p>
    </div>
  );
}
