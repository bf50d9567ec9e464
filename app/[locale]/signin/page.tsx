import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { SignInForm } from "./_components/sign-in-form";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "signIn" }))("title") };
}

// Built once per language: where to go after signing in is read in the browser (SignInForm).
export default async function SignInPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("signIn");
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <SignInForm />
      <p>
        <Link href="/forgot-password" className="underline">
          {t("forgotPassword")}
        </Link>
      </p>
      <p className="text-sm text-slate-600">{t("noAccount")}</p>
    </div>
  );
}
