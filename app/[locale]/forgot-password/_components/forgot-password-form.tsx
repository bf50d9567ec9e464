"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorText } from "@/components/ui/use-error-text";
import { requestPasswordResetAction } from "../actions";

export function ForgotPasswordForm() {
  const t = useTranslations("forgot");
  const errorText = useErrorText();
  const [state, action, pending] = useActionState(requestPasswordResetAction, null);
  if (state?.ok) {
    return (
      <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
        {t("sent")}
      </p>
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
      <Field label={t("email")} name="email" type="email" autoComplete="username" required error={errorText(errors.email)} />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("pending")} />
    </form>
  );
}
