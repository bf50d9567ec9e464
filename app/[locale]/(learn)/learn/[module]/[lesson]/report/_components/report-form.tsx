"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorText } from "@/components/ui/use-error-text";
import { COMMENT_MAX, PASSAGE_MAX } from "@/lib/translation-reports/limits";

export type ReportFormState =
  | { ok: true }
  | { ok: false; fieldErrors: Record<string, string>; message: string; values?: { passage: string; comment: string } }
  | null;

type Props = {
  moduleSlug: string;
  lessonSlug: string;
  action: (state: ReportFormState, formData: FormData) => Promise<ReportFormState>;
};

/** The passage and her comment; after sending, a thank-you in place of the form. Works without JavaScript. */
export function ReportForm({ moduleSlug, lessonSlug, action }: Props) {
  const t = useTranslations("translation");
  const errorText = useErrorText();
  const [state, formAction, pending] = useActionState(action, null);
  const id = useId();
  if (state?.ok) {
    return (
      <p role="status" className="rounded bg-emerald-50 p-3 text-emerald-900">
        {t("reportSent")}
      </p>
    );
  }
  const errors = state?.fieldErrors ?? {};
  const field = (name: "passage" | "comment", max: number, rows: number) => (
    <div className="space-y-1">
      <label htmlFor={`${id}-${name}`} className="block font-medium">
        {t(name === "passage" ? "reportPassage" : "reportComment")}
      </label>
      <p id={`${id}-${name}-hint`} className="text-sm text-slate-600">
        {t(name === "passage" ? "reportPassageHint" : "reportCommentHint", { max })}
      </p>
      <textarea
        id={`${id}-${name}`}
        name={name}
        rows={rows}
        maxLength={max}
        required
        dir="auto"
        defaultValue={state?.values?.[name]}
        aria-describedby={[`${id}-${name}-hint`, errors[name] && `${id}-${name}-error`].filter(Boolean).join(" ")}
        aria-invalid={errors[name] ? true : undefined}
        className="block w-full rounded border border-slate-400 p-2 aria-invalid:border-red-600"
      />
      {errors[name] && (
        <p id={`${id}-${name}-error`} className="text-sm font-medium text-red-700">
          {errorText(errors[name])}
        </p>
      )}
    </div>
  );
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="moduleSlug" value={moduleSlug} />
      <input type="hidden" name="lessonSlug" value={lessonSlug} />
      {state && !state.ok && <FormAlert>{errorText(state.message)}</FormAlert>}
      {field("passage", PASSAGE_MAX, 4)}
      {field("comment", COMMENT_MAX, 6)}
      <SubmitButton pending={pending} label={t("reportSend")} pendingLabel={t("reportSending")} />
    </form>
  );
}
