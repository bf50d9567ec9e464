"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorText } from "@/components/ui/use-error-text";

export type StartCheckState = { ok: true } | { ok: false; fieldErrors: Record<string, string>; message: string } | null;

type Props = {
  moduleSlug: string;
  label: string;
  action: (state: StartCheckState, formData: FormData) => Promise<StartCheckState>;
};

/** "Start the check": a plain form, so it works without JavaScript; the server draws the attempt. */
export function StartCheckForm({ moduleSlug, label, action }: Props) {
  const t = useTranslations("check");
  const errorText = useErrorText();
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="moduleSlug" value={moduleSlug} />
      {state && !state.ok && (
        <p role="alert" className="text-red-700">
          {errorText(state.message)}
        </p>
      )}
      <SubmitButton pending={pending} label={label} pendingLabel={t("starting")} />
    </form>
  );
}
