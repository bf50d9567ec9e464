"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorText } from "@/components/ui/use-error-text";
import { joinCohortAction } from "../actions";

/** She has an account and is signed in as the invited address: one button, and she is in. */
export function JoinCohortForm({ token }: { token: string }) {
  const t = useTranslations("invite");
  const errorText = useErrorText();
  const [state, action, pending] = useActionState(joinCohortAction, null);
  return (
    <form action={action} className="space-y-3">
      {state && !state.ok && (
        <FormAlert>
          {errorText(state.message)}
        </FormAlert>
      )}
      <input type="hidden" name="token" value={token} />
      <SubmitButton pending={pending} label={t("join")} pendingLabel={t("joining")} />
    </form>
  );
}
