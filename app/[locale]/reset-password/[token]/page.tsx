import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { isPasswordResetUsable } from "@/lib/account/find-password-reset";
import { ResetPasswordForm } from "./_components/reset-password-form";

// The token is in the path: never send it to another site as a referrer.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reset"))("title"), referrer: "no-referrer" };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const t = await getTranslations("reset");
  const tv = await getTranslations("validation");
  if (!(await isPasswordResetUsable(token))) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("unusableTitle")}</h1>
        <p role="alert">{tv("resetUnusable")}</p>
        <Link href="/forgot-password" className="underline">
          {t("requestNew")}
        </Link>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <ResetPasswordForm token={token} />
    </div>
  );
}
