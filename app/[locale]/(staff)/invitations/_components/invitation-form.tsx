"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorText } from "@/components/ui/use-error-text";
import { createInvitationAction } from "../actions";

export function InvitationForm({ roles }: { roles: { value: string; label: string }[] }) {
  const t = useTranslations("invitations");
  const errorText = useErrorText();
  const [state, action, pending] = useActionState(createInvitationAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="space-y-4 rounded border border-slate-200 p-4" noValidate>
      <Field label={t("email")} name="email" type="email" autoComplete="off" required error={errorText(errors.email)} />
      <SelectField label={t("role")} name="role" options={roles} error={errorText(errors.role)} />
      <SubmitButton pending={pending} label={t("create")} pendingLabel={t("creating")} />
      <div aria-live="polite">
        {state && !state.ok && <p className="text-red-700">{errorText(state.message)}</p>}
        {state?.ok && (
          <div className="space-y-2 rounded bg-emerald-50 p-3">
            <p className="font-medium">{t("created")}</p>
            {state.link && (
              <>
                <p className="text-sm">{t("linkOnce")}</p>
                <input
                  readOnly
                  value={state.link}
                  aria-label={t("link")}
                  data-testid="invitation-link"
                  onFocus={(event) => event.currentTarget.select()}
                  className="block w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-sm"
                />
              </>
            )}
          </div>
        )}
      </div>
    </form>
  );
}
