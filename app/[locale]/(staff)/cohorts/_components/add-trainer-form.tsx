"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorText } from "@/components/ui/use-error-text";
import { addTrainerAction } from "../actions";

export function AddTrainerForm({ cohortId }: { cohortId: string }) {
  const t = useTranslations("cohorts");
  const errorText = useErrorText();
  const [state, action, pending] = useActionState(addTrainerAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="space-y-4 rounded border border-slate-200 p-4" noValidate>
      <input type="hidden" name="cohortId" value={cohortId} />
      <Field label={t("trainerEmail")} name="email" type="email" error={errorText(errors.email)} />
      <SubmitButton pending={pending} label={t("addTrainerSubmit")} pendingLabel={t("saving")} />
      <p aria-live="polite" className="text-sm">
        {state?.ok && t("trainerAdded")}
      </p>
    </form>
  );
}
