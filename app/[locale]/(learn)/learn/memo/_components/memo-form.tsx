"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { useErrorText } from "@/components/ui/use-error-text";
import type { MemoLanguage } from "@/lib/content/memo-rubric";
import { CORE_PRINCIPLES } from "@/lib/content/principles";
import type { MemoRubric, RiskExercise } from "@/lib/content/schemas";
import { memoFromForm, principleField, principleWhyField, riskField } from "@/lib/memos/form-fields";
import { countMemoWords } from "@/lib/memos/words";

export type MemoFormValues = ReturnType<typeof memoFromForm>;
export type MemoFormState =
  | { ok: true; message: "saved" | "submitted"; attempt: number }
  | { ok: false; fieldErrors: Record<string, string>; message: string; values?: MemoFormValues; attempt?: number }
  | null;

type Props = {
  rubric: Pick<MemoRubric, "sections" | "words">;
  hazards: RiskExercise["hazards"];
  language: MemoLanguage;
  draft: MemoFormValues;
  action: (state: MemoFormState, formData: FormData) => Promise<MemoFormState>;
};

const LEVELS = [1, 2, 3, 4, 5];
const wordsIn = (values: MemoFormValues) =>
  countMemoWords({ ...values, system: values.system ?? "", recommendation: values.recommendation ?? "" });
const textareaClass = "block w-full rounded border border-slate-400 p-2 aria-invalid:border-red-600";

/**
 * Her memo as one plain form: it works without JavaScript (the server checks everything again);
 * with it, the word count follows her typing.
 */
export function MemoForm({ rubric, hazards, language, draft, action }: Props) {
  const t = useTranslations("memo");
  const tp = useTranslations("scenario.principles");
  const tr = useTranslations("risk");
  const errorText = useErrorText();
  const [state, formAction, pending] = useActionState(action, null);
  const values = state && !state.ok && state.values ? state.values : draft;
  const [words, setWords] = useState<number | null>(null);
  const id = useId();
  const errors = state && !state.ok ? state.fieldErrors : {};
  const { sections } = rubric;
  const error = (field: string) =>
    errors[field] ? (
      <p id={`${id}-${field}-error`} className="text-sm font-medium text-red-700">
        {errorText(errors[field])}
      </p>
    ) : null;
  // A field is described by its prompt from the brief and, after a refusal, by its error.
  const described = (field: string, control = true) => ({
    "aria-describedby": [`${id}-${field}-hint`, errors[field] && `${id}-${field}-error`].filter(Boolean).join(" "),
    ...(control && errors[field] ? { "aria-invalid": true } : {}),
  });
  const chosen = new Map(values.principles.map((principle) => [principle.id, principle.why]));
  return (
    <form
      key={state?.attempt ?? 0}
      action={formAction}
      onInput={(event) => setWords(wordsIn(memoFromForm(new FormData(event.currentTarget), sections.risks.max)))}
      className="space-y-6"
      noValidate
    >
      {state && !state.ok && <FormAlert>{errorText(state.message)}</FormAlert>}
      {state?.ok && (
        <p role="status" className="rounded bg-emerald-50 p-3 font-medium text-emerald-900">
          {t(state.message)}
        </p>
      )}

      <div className="space-y-1">
        <label htmlFor={`${id}-system`} className="block text-lg font-semibold" {...language.brief}>
          {sections.system.title}
        </label>
        <p id={`${id}-system-hint`} {...language.brief} className="text-sm text-slate-600">{sections.system.prompt}</p>
        <textarea id={`${id}-system`} name="system" rows={5} dir="auto" defaultValue={values.system ?? ""} className={textareaClass} {...described("system")} />
        {error("system")}
      </div>

      <fieldset className="space-y-3" {...described("principles", false)}>
        <legend className="text-lg font-semibold" {...language.brief}>{sections.principles.title}</legend>
        <p id={`${id}-principles-hint`} {...language.brief} className="text-sm text-slate-600">{sections.principles.prompt}</p>
        <p className="text-sm">{t("choose", { min: sections.principles.min, max: sections.principles.max })}</p>
        {error("principles")}
        {CORE_PRINCIPLES.map((principle) => (
          <div key={principle} className="rounded border border-slate-200 p-3">
            <label className="flex items-center gap-2 font-medium first-letter:uppercase">
              <input type="checkbox" name={principleField(principle)} defaultChecked={chosen.has(principle)} />
              <span className="first-letter:uppercase">{tp(principle)}</span>
            </label>
            <label htmlFor={`${id}-why-${principle}`} className="mt-2 block text-sm">
              {t("principleWhy", { principle: tp(principle) })}
            </label>
            <textarea id={`${id}-why-${principle}`} name={principleWhyField(principle)} rows={2} dir="auto" defaultValue={chosen.get(principle) ?? ""} className={textareaClass} />
          </div>
        ))}
      </fieldset>

      <fieldset className="space-y-3" {...described("risks", false)}>
        <legend className="text-lg font-semibold" {...language.brief}>{sections.risks.title}</legend>
        <p id={`${id}-risks-hint`} {...language.brief} className="text-sm text-slate-600">{sections.risks.prompt}</p>
        <p className="text-sm">
          {t("choose", { min: sections.risks.min, max: sections.risks.max })} {t("emptyRows")}
        </p>
        <details className="text-sm">
          <summary className="cursor-pointer font-medium">{tr("howToRate")}</summary>
          <p className="mt-1">{tr("likelihoodScale")}</p>
          <p className="mt-1">{tr("severityScale")}</p>
          <p className="mt-1">{tr("bands")}</p>
        </details>
        {error("risks")}
        {Array.from({ length: sections.risks.max }, (_, row) => {
          const risk = values.risks[row];
          return (
            <fieldset key={row} className="space-y-2 rounded border border-slate-200 p-3">
              <legend className="px-1 font-medium">{t("riskRow", { number: row + 1 })}</legend>
              <label className="block text-sm">
                {t("hazard")}
                <select name={riskField(row, "hazard")} defaultValue={risk?.hazardId ?? ""} className="mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1">
                  <option value="">{t("chooseHazard")}</option>
                  {hazards.map((hazard) => (
                    <option key={hazard.id} value={hazard.id} {...language.hazards}>
                      {hazard.description}
                    </option>
                  ))}
                </select>
              </label>
              <div className="flex flex-wrap gap-4">
                {(["likelihood", "severity"] as const).map((part) => (
                  <label key={part} className="flex items-center gap-2 text-sm">
                    {tr(part)}
                    <select name={riskField(row, part)} defaultValue={risk?.[part] ?? ""} className="rounded border border-slate-400 bg-white px-2 py-1">
                      <option value="">–</option>
                      {LEVELS.map((level) => (
                        <option key={level} value={level}>
                          {level}
                        </option>
                      ))}
                    </select>
                  </label>
                ))}
              </div>
              <label className="block text-sm">
                {t("mitigation")}
                <textarea name={riskField(row, "mitigation")} rows={2} dir="auto" defaultValue={risk?.mitigation ?? ""} className={`mt-1 ${textareaClass}`} />
              </label>
            </fieldset>
          );
        })}
      </fieldset>

      <div className="space-y-1">
        <label htmlFor={`${id}-recommendation`} className="block text-lg font-semibold" {...language.brief}>
          {sections.recommendation.title}
        </label>
        <p id={`${id}-recommendation-hint`} {...language.brief} className="text-sm text-slate-600">{sections.recommendation.prompt}</p>
        <textarea id={`${id}-recommendation`} name="recommendation" rows={4} dir="auto" defaultValue={values.recommendation ?? ""} className={textareaClass} {...described("recommendation")} />
        {error("recommendation")}
      </div>

      <p id={`${id}-words`} className="font-medium" data-testid="memo-word-count">
        {t("wordCount", { count: words ?? wordsIn(values), min: rubric.words.min, max: rubric.words.max })}
      </p>
      {error("words")}

      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="save" disabled={pending} className="rounded border border-brand-600 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60">
          {pending ? t("saving") : t("save")}
        </button>
        <button type="submit" name="intent" value="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? t("submitting") : t("submit")}
        </button>
      </div>
    </form>
  );
}
