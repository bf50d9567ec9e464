"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorText } from "@/components/ui/use-error-text";
import { enrolAction } from "../actions";

type Option = { value: string; label: string };

/** Invite one person, upload a CSV file, or paste CSV text; the result (errors or links) shows below. */
export function EnrolForm({ cohortId, sectors, languages }: { cohortId: string; sectors: Option[]; languages: Option[] }) {
  const t = useTranslations("cohorts");
  const errorText = useErrorText();
  const [state, action, pending] = useActionState(enrolAction, null);
  const blank = { value: "", label: t("notGiven") };
  return (
    <div className="space-y-4">
      <details className="rounded border border-slate-200 p-4" open>
        <summary className="cursor-pointer font-medium">{t("enrolOne")}</summary>
        <form action={action} className="mt-3 space-y-3" noValidate>
          <input type="hidden" name="cohortId" value={cohortId} />
          <input type="hidden" name="mode" value="single" />
          <Field label={t("email")} name="email" type="email" required />
          <Field label={t("displayName")} name="displayName" required />
          <SelectField label={t("sector")} name="sector" options={[blank, ...sectors]} />
          <Field label={t("organisation")} name="organisation" />
          <SelectField label={t("preferredLanguage")} name="preferredLanguage" options={[blank, ...languages]} />
          <SubmitButton pending={pending} label={t("enrolSubmit")} pendingLabel={t("importing")} />
        </form>
      </details>
      <details className="rounded border border-slate-200 p-4">
        <summary className="cursor-pointer font-medium">{t("enrolCsv")}</summary>
        <p className="mt-2 text-sm text-slate-600">{t("csvHelp")}</p>
        <form action={action} className="mt-3 space-y-3">
          <input type="hidden" name="cohortId" value={cohortId} />
          <input type="hidden" name="mode" value="file" />
          <label className="block">
            <span className="block font-medium">{t("csvFile")}</span>
            <input type="file" name="file" accept=".csv,text/csv" className="mt-1 block" />
          </label>
          <SubmitButton pending={pending} label={t("importSubmit")} pendingLabel={t("importing")} />
        </form>
        <form action={action} className="mt-4 space-y-3">
          <input type="hidden" name="cohortId" value={cohortId} />
          <input type="hidden" name="mode" value="paste" />
          <label className="block">
            <span className="block font-medium">{t("csvPaste")}</span>
            <textarea name="csv" rows={6} defaultValue={state && !state.ok ? state.csv : undefined} className="mt-1 block w-full rounded border border-slate-400 p-2 font-mono text-sm" />
          </label>
          <SubmitButton pending={pending} label={t("importSubmit")} pendingLabel={t("importing")} />
        </form>
      </details>
      <div aria-live="polite">
        {state && !state.ok && (
          <div role="alert" className="space-y-2 rounded border border-red-300 bg-red-50 p-3">
            <p className="font-medium text-red-900">{t("importRejected", { count: state.errors.length })}</p>
            <ul className="max-h-64 list-disc overflow-y-auto ps-6 text-sm text-red-900" data-testid="import-errors">
              {state.errors.map((error, index) => (
                <li key={index}>
                  {error.line > 0 && <>{t("line", { line: error.line })} </>}
                  {"column" in error && error.column ? <>({String(error.column)}) </> : null}
                  {errorText(error.code)}
                  {"value" in error && error.value ? <> “{String(error.value)}”</> : null}
                </li>
              ))}
            </ul>
          </div>
        )}
        {state?.ok && (
          <div role="status" className="space-y-2 rounded border border-emerald-300 bg-emerald-50 p-3">
            <p className="font-medium">{t("importDone", { invited: state.invited })}</p>
            <p className="text-sm">{t("acceptFirst")}</p>
            {state.links.length > 0 && (
              <>
                <p className="text-sm">{t("linksOnce")}</p>
                <textarea
                  readOnly
                  rows={Math.min(8, state.links.length + 1)}
                  aria-label={t("links")}
                  data-testid="invitation-links"
                  value={state.links.map((invitation) => `${invitation.email},${invitation.link}`).join("\n")}
                  className="block w-full rounded border border-slate-300 bg-white p-2 font-mono text-xs"
                />
              </>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
