"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorText } from "@/components/ui/use-error-text";
import { signInWithPassword } from "@/lib/auth/browser-session";
import { adoptAccountLocaleAction } from "@/lib/i18n/set-locale-action";
import { acceptInvitationAction } from "../actions";

type Option = { value: string; label: string };
type Props = { token: string; email: string; displayName?: string; locale: string; countries: Option[]; sectors: Option[] };

export function AcceptInvitationForm({ token, email, displayName, locale, countries, sectors }: Props) {
  const t = useTranslations("invite");
  const router = useRouter();
  const errorText = useErrorText();
  const password = useRef("");
  const [state, action, pending] = useActionState(acceptInvitationAction, null);

  // The account now exists: sign her in with the password she just chose, in her cohort's
  // language unless she chose one here, and take her to her learning.
  useEffect(() => {
    if (!state?.ok) return;
    signInWithPassword(email, password.current)
      .then(() => adoptAccountLocaleAction())
      .then(() => {
        router.replace("/learn");
        router.refresh();
      });
  }, [state, email, router]);

  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state?.values ?? {};
  return (
    <form
      action={action}
      onSubmit={(event) => {
        password.current = String(new FormData(event.currentTarget).get("password") ?? "");
      }}
      className="space-y-4"
      noValidate
    >
      {state && !state.ok && (
        <FormAlert>
          {errorText(state.message)}
        </FormAlert>
      )}
      {state?.ok && <p role="status">{t("signingIn")}</p>}
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      <Field label={t("displayName")} hint={t("displayNameHint")} name="displayName" autoComplete="nickname" required defaultValue={values.displayName ?? displayName} error={errorText(errors.displayName)} />
      <Field label={t("password")} hint={t("passwordHint")} name="password" type="password" autoComplete="new-password" required error={errorText(errors.password)} />
      <Field label={t("confirmPassword")} name="confirmPassword" type="password" autoComplete="new-password" required error={errorText(errors.confirmPassword)} />
      <SelectField label={t("country")} name="countryCode" options={[{ value: "", label: t("preferNotToSay") }, ...countries]} error={errorText(errors.countryCode)} defaultValue={values.countryCode} />
      <SelectField label={t("sector")} name="sector" options={[{ value: "", label: t("preferNotToSay") }, ...sectors]} error={errorText(errors.sector)} defaultValue={values.sector} />
      <Field label={t("organisation")} hint={t("optional")} name="organisation" autoComplete="organization" error={errorText(errors.organisation)} defaultValue={values.organisation} />
      <p className="text-sm text-slate-600">{t("privacy")}</p>
      <SubmitButton pending={pending || Boolean(state?.ok)} label={t("submit")} pendingLabel={t("pending")} />
    </form>
  );
}
