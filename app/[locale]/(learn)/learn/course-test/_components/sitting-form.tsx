"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorText } from "@/components/ui/use-error-text";
import type { TextAttributes } from "@/lib/content/course-language";
import type { SittingFormState } from "@/lib/course-test/sittings";

/** `language`: of the pool the question comes from (each pool is translated on its own). */
export type SittingQuestion = { id: string; prompt: string; options: { id: string; text: string }[]; language: TextAttributes };

type Props = {
  kind: "PRE" | "POST";
  /** Prompts and option texts in the order drawn for her; which option is right never reaches the page. */
  questions: SittingQuestion[];
  action: (state: SittingFormState, formData: FormData) => Promise<SittingFormState>;
};

export function SittingForm({ kind, questions, action }: Props) {
  const t = useTranslations("courseTest");
  const errorText = useErrorText();
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={formAction} className="space-y-6">
      <input type="hidden" name="kind" value={kind} />
      {questions.map((question, number) => {
        const error = errors[question.id];
        const errorId = `sitting-${question.id}-error`;
        return (
          <fieldset key={question.id} aria-describedby={error ? errorId : undefined} className="space-y-2">
            <legend {...question.language} className="font-medium">
              {number + 1}. {question.prompt}
            </legend>
            {question.options.map((option) => (
              <label key={option.id} className="flex items-start gap-3 rounded border border-slate-200 p-2 has-checked:border-brand-600 has-checked:bg-brand-50">
                <input type="radio" name={`answer.${question.id}`} value={option.id} className="mt-1 size-4 shrink-0" />
                <span {...question.language}>{option.text}</span>
              </label>
            ))}
            {error && (
              <p id={errorId} className="text-sm text-red-700">
                {errorText(error)}
              </p>
            )}
          </fieldset>
        );
      })}
      <div aria-live="polite">{state && !state.ok && <p role="alert" className="text-red-700">{errorText(state.message)}</p>}</div>
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("pending")} />
    </form>
  );
}
