"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { useErrorText } from "@/components/ui/use-error-text";
import type { TextAttributes } from "@/lib/content/course-language";
import type { MemoRubric } from "@/lib/content/schemas";
import { levelField } from "@/lib/memos/form-fields";

export type MarkFormState = {
  ok: false;
  fieldErrors: Record<string, string>;
  message: string;
  /** What she chose, so a refused mark (comments missing) keeps her levels and text. */
  values: { levels: Record<string, string>; comments: string };
  attempt: number;
} | null;

type Props = {
  memoId: string;
  versionId: string;
  rubric: Pick<MemoRubric, "criteria" | "levels">;
  textLanguage: TextAttributes;
  action: (state: MarkFormState, formData: FormData) => Promise<MarkFormState>;
};

/** The rubric as a form: one level per criterion, comments, then Accept or Return. */
export function MarkForm({ memoId, versionId, rubric, textLanguage, action }: Props) {
  const t = useTranslations("reviews.form");
  const errorText = useErrorText();
  const [state, formAction, pending] = useActionState(action, null);
  const id = useId();
  const errors = state?.fieldErrors ?? {};
  const values = state?.values ?? { levels: {}, comments: "" };
  return (
    <form key={state?.attempt ?? 0} action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="memoId" value={memoId} />
      <input type="hidden" name="versionId" value={versionId} />
      <h2 className="text-2xl font-semibold">{t("legend")}</h2>
      {state && <FormAlert>{errorText(state.message)}</FormAlert>}
      {rubric.criteria.map((criterion) => {
        const field = levelField(criterion.id);
        return (
          <fieldset key={criterion.id} className="rounded border border-slate-200 p-3" aria-describedby={errors[field] ? `${id}-${criterion.id}` : undefined}>
            <legend className="px-1 font-semibold">
              <span {...textLanguage}>{criterion.title}</span>
            </legend>
            {errors[field] && (
              <p id={`${id}-${criterion.id}`} className="text-sm font-medium text-red-700">
                {errorText(errors[field])}
              </p>
            )}
            <div className="mt-2 space-y-2">
              {rubric.levels.map((level) => (
                <label key={level.id} className="flex items-start gap-2" {...textLanguage}>
                  <input type="radio" name={field} value={level.id} defaultChecked={values.levels[criterion.id] === level.id} required className="mt-1" />
                  <span>
                    <span className="font-medium">{level.title}</span>: {criterion.levels[level.id]}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <div className="space-y-1">
        <label htmlFor={`${id}-comments`} className="block font-semibold">
          {t("comments")}
        </label>
        <p id={`${id}-comments-hint`} className="text-sm text-slate-600">
          {t("commentsHint")}
        </p>
        <textarea
          id={`${id}-comments`}
          name="comments"
          rows={6}
          dir="auto"
          maxLength={4000}
          defaultValue={values.comments}
          aria-invalid={errors.comments ? true : undefined}
          aria-describedby={`${id}-comments-hint${errors.comments ? ` ${id}-comments-error` : ""}`}
          className="block w-full rounded border border-slate-400 p-2 aria-invalid:border-red-600"
        />
        {errors.comments && (
          <p id={`${id}-comments-error`} className="text-sm font-medium text-red-700">
            {errorText(errors.comments)}
          </p>
        )}
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="decision" value="ACCEPTED" disabled={pending} className="rounded bg-emerald-700 px-4 py-2 font-medium text-white hover:bg-emerald-800 disabled:opacity-60">
          {pending ? t("saving") : t("accept")}
        </button>
        <button type="submit" name="decision" value="RETURNED" disabled={pending} className="rounded bg-amber-700 px-4 py-2 font-medium text-white hover:bg-amber-800 disabled:opacity-60">
          {pending ? t("saving") : t("return")}
        </button>
      </div>
    </form>
  );
}
