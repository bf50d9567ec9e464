"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorText } from "@/components/ui/use-error-text";
import { resetPasswordAction } from "../actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("reset");
  const errorText = useErrorText();
  const [state, action, pending] = useActionState(resetPasswordAction, null);
  if (state?.ok) {
    return (
      <div className="space-y-4">
        <p role="status">{t("done")}</p>
        <Link href="/signin" className="underline">
          {t("signIn")}
        </Link>
      </div>
    );
  }
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="space-y-4" noValidate>
      {state && !state.ok && (
        <FormAlert>
          {errorText(state.message)}
        </FormAlert>
      )}
      <input type="hidden" name="token" value={token} />
      <Field label={t("password")} hint={t("passwordHint")} name="password" type="password" autoComplete="new-password" required error={errorText(errors.password)} />
      <Field label={t("confirmPassword")} name="confirmPassword" type="password" autoComplete="new-password" required error={errorText(errors.confirmPassword)} />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("pending")} />
    </form>
  );
}
