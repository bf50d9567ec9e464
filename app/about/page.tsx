import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("about"))("title") };
}

export default async function AboutPage() {
  const t = await getTranslations("about");
  return (
    <div className="prose prose-slate max-w-none">
      <h1>{t("title")}</h1>
      <p>{t("purpose")}</p>
      <h2>{t("attributionHeading")}</h2>
      <p>{t("attribution")}</p>
      <p>{t("toolkit")}</p>
      <p>{t("noEndorsement")}</p>
      <h2>{t("privacyHeading")}</h2>
      <p>{t("privacy")}</p>
    </div>
  );
}
