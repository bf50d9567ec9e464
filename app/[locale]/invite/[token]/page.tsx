import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { PARTNER_COUNTRIES } from "@/lib/countries";
import { findInvitation } from "@/lib/invitations/find-invitation";
import { SECTORS } from "@/lib/invitations/schemas";
import { AcceptInvitationForm } from "./_components/accept-invitation-form";
import { JoinCohortForm } from "./_components/join-cohort-form";

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
  const signInHref = `/signin?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`;
  if (invitation.state === "new") {
    return (
      <div className="mx-auto max-w-md space-y-6">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p>
          {invitation.cohortName
            ? t("introCohort", { inviter: invitation.inviterName, cohort: invitation.cohortName, email: invitation.email })
            : t("intro", { inviter: invitation.inviterName, email: invitation.email })}
        </p>
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
  if (invitation.state === "join") {
    return (
      <div className="mx-auto max-w-md space-y-6">
        <h1 className="text-2xl font-bold">{t("joinTitle")}</h1>
        <p>{t("joinIntro", { inviter: invitation.inviterName, cohort: invitation.cohortName, email: invitation.email })}</p>
        {invitation.viewer === "invitee" && !invitation.staff && <JoinCohortForm token={token} />}
        {invitation.viewer === "invitee" && invitation.staff && <p role="alert">{t("staffCannotJoin")}</p>}
        {invitation.viewer === "other" && <p role="alert">{t("otherAccount", { email: invitation.email })}</p>}
        {invitation.viewer === "signedOut" && (
          <p>
            <Link href={signInHref} className="inline-block rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
              {t("signInToJoin", { email: invitation.email })}
            </Link>
          </p>
        )}
      </div>
    );
  }
  if (invitation.state === "hasAccount") {
    return (
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p>{t("hasAccount", { email: invitation.email })}</p>
        <Link href="/signin" className="underline">
          {t("signIn")}
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("unusableTitle")}</h1>
      <p role="alert">{t(`state.${invitation.state}`)}</p>
    </div>
  );
}
