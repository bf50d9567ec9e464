"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorText } from "@/components/ui/use-error-text";
import { useInterfaceText } from "@/components/ui/use-interface-text";
import { COURSE_TEXT, type TextAttributes } from "@/lib/content/course-language";
import { markPracticeCheckOffline } from "@/lib/offline/answer-offline";
import { useLessonState } from "./lesson-state";

export type PublicQuestion = { id: string; prompt: string; options: { id: string; text: string }[] };
export type QuestionFeedback = { chosen: string; correct: boolean; feedback: string };
export type CheckResult = { score: number; correctCount: number; questionCount: number; passed: boolean; feedback: Record<string, QuestionFeedback> };
export type CheckFormState = { ok: true; result?: CheckResult } | { ok: false; fieldErrors: Record<string, string>; message: string } | null;

type Props = {
  /** The language of the course text shown here (her language, or English where it has no translation). */
  textLanguage?: TextAttributes;
  moduleSlug: string;
  checkId: string;
  title: string;
  passMark?: number;
  /** Questions and option texts only: which option is right is never sent before she answers. */
  questions: PublicQuestion[];
  /** A final check: the open attempt these questions were drawn for. Final checks never show per-option feedback. */
  drawId?: string;
  /** Her last attempt, when the page is hers (a final check); in a lesson it comes from LessonStateProvider. */
  result?: CheckResult | null;
  action: (state: CheckFormState, formData: FormData) => Promise<CheckFormState>;
};

export function KnowledgeCheckForm({ moduleSlug, checkId, title, passMark, questions, drawId, result: given, action, textLanguage = COURSE_TEXT }: Props) {
  const t = useTranslations("check");
  const errorText = useErrorText();
  const ui = useInterfaceText();
  const [actionState, formAction, pending] = useActionState(action, null);
  // A practice check answered with no connection is marked on her device, if she kept the module.
  const [offlineState, setOfflineState] = useState<CheckFormState>(null);
  const state = offlineState ?? actionState;
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    setOfflineState(null);
    if (drawId || navigator.onLine) return;
    event.preventDefault();
    void markPracticeCheckOffline(moduleSlug, checkId, new FormData(event.currentTarget)).then(setOfflineState);
  };
  const lessonState = useLessonState();
  const result = (state?.ok ? state.result : undefined) ?? given ?? lessonState?.checks[checkId] ?? null;
  const errors = state && !state.ok ? state.fieldErrors : {};
  const headingId = `check-${checkId}`;
  return (
    <section {...ui} aria-labelledby={headingId} className="not-prose my-8 rounded border border-slate-300 p-4 sm:p-6">
      <h2 {...textLanguage} id={headingId} className="text-xl font-semibold">
        {title}
      </h2>
      {passMark !== undefined && <p className="mt-1 text-sm text-slate-600">{t(drawId ? "finalPassMark" : "passMark", { mark: passMark })}</p>}
      {/* Remounted when her earlier answers arrive, so they show as chosen. */}
      <form key={result ? "answered" : "new"} action={formAction} onSubmit={onSubmit} className="mt-4 space-y-6">
        <input type="hidden" name="moduleSlug" value={moduleSlug} />
        <input type="hidden" name="checkId" value={checkId} />
        {drawId && <input type="hidden" name="drawId" value={drawId} />}
        {questions.map((question, number) => {
          const feedback = result?.feedback[question.id];
          const error = errors[question.id];
          return (
            <fieldset key={question.id} aria-describedby={error ? `${headingId}-${question.id}-error` : undefined} className="space-y-2">
              <legend {...textLanguage} className="font-medium">
                {number + 1}. {question.prompt}
              </legend>
              {question.options.map((option) => (
                <label key={option.id} className="flex items-start gap-3 rounded border border-slate-200 p-2 has-checked:border-brand-600 has-checked:bg-brand-50">
                  <input
                    type="radio"
                    name={`answer.${question.id}`}
                    value={option.id}
                    defaultChecked={feedback?.chosen === option.id}
                    className="mt-1 size-4 shrink-0"
                  />
                  <span {...textLanguage}>{option.text}</span>
                </label>
              ))}
              {error && (
                <p id={`${headingId}-${question.id}-error`} className="text-sm text-red-700">
                  {errorText(error)}
                </p>
              )}
              {feedback && (
                <p className={`rounded p-3 text-sm ${feedback.correct ? "bg-emerald-50 text-emerald-900" : "bg-amber-50 text-amber-900"}`}>
                  <strong>{feedback.correct ? t("correct") : t("incorrect")}</strong> <span {...textLanguage}>{feedback.feedback}</span>
                </p>
              )}
            </fieldset>
          );
        })}
        <div aria-live="polite" className="space-y-2">
          {state && !state.ok && <p role="alert" className="text-red-700">{errorText(state.message)}</p>}
          {result && (
            <p className={`font-medium ${result.passed ? "text-emerald-800" : "text-amber-800"}`}>
              {t("result", { correct: result.correctCount, total: result.questionCount, score: result.score })}{" "}
              {passMark !== undefined && (result.passed ? t("passed") : t("notPassed", { mark: passMark }))}
            </p>
          )}
        </div>
        <SubmitButton pending={pending} label={result ? t("tryAgain") : t("submit")} pendingLabel={t("pending")} />
      </form>
    </section>
  );
}
