import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { PARTNER_COUNTRIES } from "@/lib/countries";
import { findInvitation } from "@/lib/invitations/find-invitation";
import { SECTORS } from "@/lib/invitations/schemas";
import { AcceptInvitationForm } from "./_components/accept-invitation-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invite"))("title"), referrer: "no-referrer" };
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const t = await getTranslations("invite");
  const tc = await getTranslations("countries");
  const ts = await getTranslations("sectors");
  const invitation = await findInvitation(token);
  if (invitation.state !== "valid") {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("unusableTitle")}</h1>
        <p role="alert">{t(`state.${invitation.state}`)}</p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro", { email: invitation.email })}</p>
      <AcceptInvitationForm
        token={token}
        email={invitation.email}
        displayName={invitation.displayName}
        locale={await getLocale()}
        countries={PARTNER_COUNTRIES.map((c) => ({ value: c.code, label: tc(c.code) }))}
        sectors={SECTORS.map((s) => ({ value: s, label: ts(s) }))}
      />
    </div>
  );
}
