import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "./_components/sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

/** Only a same-site path may follow sign-in, so a crafted link cannot send her elsewhere. */
function safeCallback(value: string | string[] | undefined): string {
  return typeof value === "string" && /^\/(?![/\\])/.test(value) ? value : "/learn";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("signIn");
  const params = await searchParams;
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <SignInForm callbackUrl={safeCallback(params.callbackUrl)} />
      <p className="text-sm text-slate-600">{t("noAccount")}</p>
    </div>
  );
}
