import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { publicOrigin } from "@/lib/http/public-origin";
import { SignInForm } from "./_components/sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("signIn");
  const params = await searchParams;
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {/* Only a same-site path may follow sign-in, so a crafted link cannot send her elsewhere. */}
      <SignInForm callbackUrl={safeCallbackPath(params.callbackUrl, publicOrigin())} />
      <p>
        <Link href="/forgot-password" className="underline">
          {t("forgotPassword")}
        </Link>
      </p>
      <p className="text-sm text-slate-600">{t("noAccount")}</p>
    </div>
  );
}
