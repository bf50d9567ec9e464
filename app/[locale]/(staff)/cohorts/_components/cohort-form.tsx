"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorText } from "@/components/ui/use-error-text";
import { createCohortAction } from "../actions";

type Option = { value: string; label: string };

export function CohortForm({ countries, languages }: { countries: Option[]; languages: Option[] }) {
  const t = useTranslations("cohorts");
  const errorText = useErrorText();
  const [state, action, pending] = useActionState(createCohortAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="space-y-4 rounded border border-slate-200 p-4" noValidate>
      {state && !state.ok && <p role="alert" className="text-red-700">{errorText(state.message)}</p>}
      <Field label={t("name")} name="name" required error={errorText(errors.name)} />
      <SelectField label={t("country")} name="countryCode" options={countries} error={errorText(errors.countryCode)} />
      <SelectField label={t("language")} name="locale" options={languages} error={errorText(errors.locale)} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("startsOn")} name="startsOn" type="date" error={errorText(errors.startsOn)} />
        <Field label={t("endsOn")} name="endsOn" type="date" error={errorText(errors.endsOn)} />
      </div>
      <SubmitButton pending={pending} label={t("createSubmit")} pendingLabel={t("creating")} />
    </form>
  );
}
