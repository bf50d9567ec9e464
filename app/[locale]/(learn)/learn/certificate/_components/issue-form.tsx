"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorText } from "@/components/ui/use-error-text";
import { issueCertificateAction } from "../actions";

/** Issues her certificate, or issues it again under another name. */
export function IssueForm({ defaultName, reissue }: { defaultName: string; reissue: boolean }) {
  const t = useTranslations("certificate");
  const errorText = useErrorText();
  const [state, action, pending] = useActionState(issueCertificateAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="space-y-4 print:hidden" noValidate>
      {state && !state.ok && state.message && <FormAlert>{errorText(state.message)}</FormAlert>}
      {state?.ok && <p role="status" className="text-green-800">{t("issued")}</p>}
      <Field label={t("nameShown")} hint={t("nameShownHint")} name="nameShown" defaultValue={defaultName} maxLength={80} required error={errorText(errors.nameShown)} />
      {reissue && <p className="text-sm text-slate-600">{t("reissueNote")}</p>}
      <SubmitButton pending={pending} label={reissue ? t("reissue") : t("issue")} pendingLabel={t("pending")} />
    </form>
  );
}
