import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/page-guard";
import { ChangePasswordForm } from "./_components/change-password-form";
import { SignOutEverywhereForm } from "./_components/sign-out-everywhere-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  await requirePageUser("account:manage-own", "/account");
  const t = await getTranslations("account");
  return (
    <div className="mx-auto max-w-md space-y-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <section aria-labelledby="change-password" className="space-y-4">
        <h2 id="change-password" className="text-xl font-semibold">
          {t("changePassword")}
        </h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="sign-out-everywhere" className="space-y-4">
        <h2 id="sign-out-everywhere" className="text-xl font-semibold">
          {t("signOutEverywhere")}
        </h2>
        <p>{t("signOutEverywhereHelp")}</p>
        <SignOutEverywhereForm />
      </section>
    </div>
  );
}
