"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorText } from "@/components/ui/use-error-text";
import { changePasswordAction } from "../actions";

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const errorText = useErrorText();
  const [state, action, pending] = useActionState(changePasswordAction, null);
  const errors = state?.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      {state && (
        <FormAlert>
          {errorText(state.message)}
        </FormAlert>
      )}
      <Field label={t("currentPassword")} name="currentPassword" type="password" autoComplete="current-password" required error={errorText(errors.currentPassword)} />
      <Field label={t("newPassword")} hint={t("newPasswordHint")} name="newPassword" type="password" autoComplete="new-password" required error={errorText(errors.newPassword)} />
      <Field label={t("confirmPassword")} name="confirmPassword" type="password" autoComplete="new-password" required error={errorText(errors.confirmPassword)} />
      <p className="text-sm text-slate-600">{t("changedNote")}</p>
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("pending")} />
    </form>
  );
}
