"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorText } from "@/components/ui/use-error-text";
import { revokeCertificateAction } from "../actions";

export function RevokeForm({ certificateId }: { certificateId: string }) {
  const t = useTranslations("reports.certificates");
  const errorText = useErrorText();
  const [state, action, pending] = useActionState(revokeCertificateAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  if (state?.ok) return <p role="status">{t("revokedDone")}</p>;
  return (
    <form action={action} className="space-y-2" noValidate>
      {state && !state.ok && state.message && <FormAlert>{errorText(state.message)}</FormAlert>}
      <input type="hidden" name="certificateId" value={certificateId} />
      <Field label={t("reason")} name="reason" required minLength={5} maxLength={500} error={errorText(errors.reason)} />
      <SubmitButton pending={pending} label={t("revoke")} pendingLabel={t("revoking")} className="bg-red-700 hover:bg-red-800" />
    </form>
  );
}
