import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";

export default async function HomePage() {
  if (await getCurrentUser()) redirect("/learn");
  const t = await getTranslations("home");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-lg">{t("intro")}</p>
      <ul className="list-disc space-y-1 ps-6">
        <li>{t("point1")}</li>
        <li>{t("point2")}</li>
        <li>{t("point3")}</li>
      </ul>
      <p>{t("invitationOnly")}</p>
      <Link href="/signin" className="inline-block rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        {t("signIn")}
      </Link>
    </div>
  );
}
