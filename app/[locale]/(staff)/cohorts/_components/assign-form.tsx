"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorText } from "@/components/ui/use-error-text";
import { assignModulesAction } from "../actions";

export function AssignForm({ cohortId, modules }: { cohortId: string; modules: { value: string; label: string }[] }) {
  const t = useTranslations("cohorts");
  const errorText = useErrorText();
  const [state, action, pending] = useActionState(assignModulesAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="space-y-4 rounded border border-slate-200 p-4" noValidate>
      <input type="hidden" name="cohortId" value={cohortId} />
      <fieldset aria-describedby={errors.moduleSlugs ? "assign-modules-error" : undefined}>
        <legend className="font-medium">{t("chooseModules")}</legend>
        <div className="mt-2 grid gap-1 sm:grid-cols-2">
          {modules.map((module) => (
            <label key={module.value} className="flex items-center gap-2">
              <input type="checkbox" name="moduleSlugs" value={module.value} className="size-4" />
              {module.label}
            </label>
          ))}
        </div>
        {errors.moduleSlugs && (
          <p id="assign-modules-error" className="text-sm text-red-700">
            {errorText(errors.moduleSlugs)}
          </p>
        )}
      </fieldset>
      <Field label={t("dueOn")} hint={t("dueOnHint")} name="dueOn" type="date" error={errorText(errors.dueOn)} />
      <SubmitButton pending={pending} label={t("assign")} pendingLabel={t("saving")} />
      <p aria-live="polite" className="text-sm">
        {state?.ok && t("assigned", { count: state.assigned })}
      </p>
    </form>
  );
}
