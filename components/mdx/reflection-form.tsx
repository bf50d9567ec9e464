"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorText } from "@/components/ui/use-error-text";
import { useInterfaceText } from "@/components/ui/use-interface-text";
import { COURSE_TEXT, type TextAttributes } from "@/lib/content/course-language";
import { useLessonState } from "./lesson-state";

export type ReflectionState = { ok: true; savedAt: string; text: string } | { ok: false; message: string } | null;

type Props = {
  /** The language of the course text shown here (her language, or English where it has no translation). */
  textLanguage?: TextAttributes;
  moduleSlug: string;
  promptId: string;
  prompt: string;
  action: (state: ReflectionState, formData: FormData) => Promise<ReflectionState>;
};

/** A private note saved to her account; only she can read it. */
export function ReflectionForm({ moduleSlug, promptId, prompt, action, textLanguage = COURSE_TEXT }: Props) {
  const t = useTranslations("reflection");
  const errorText = useErrorText();
  const ui = useInterfaceText();
  const [state, formAction, pending] = useActionState(action, null);
  const id = useId();
  // Her saved note arrives after the page shows (LessonStateProvider); it fills the box unless she
  // has started typing. Without JavaScript the box shows what she has just saved.
  const saved = useLessonState()?.reflections[promptId];
  const [text, setText] = useState<string | null>(null);
  const value = text ?? (state?.ok ? state.text : undefined) ?? saved ?? "";
  return (
    <form {...ui} action={formAction} className="not-prose my-8 space-y-2 rounded border border-slate-300 bg-slate-50 p-4">
      <input type="hidden" name="moduleSlug" value={moduleSlug} />
      <input type="hidden" name="promptId" value={promptId} />
      <label htmlFor={id} className="block font-medium">
        {t("label")}: <span {...textLanguage}>{prompt}</span>
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {t("private")}
      </p>
      <textarea
        id={id}
        name="text"
        rows={4}
        maxLength={5000}
        value={value}
        onChange={(event) => setText(event.target.value)}
        aria-describedby={`${id}-hint`}
        className="block w-full rounded border border-slate-400 p-2"
      />
      <div className="flex items-center gap-3">
        <SubmitButton pending={pending} label={t("save")} pendingLabel={t("saving")} />
        <p aria-live="polite" className="text-sm">
          {state?.ok && t("saved")}
          {state && !state.ok && <span className="text-red-700">{errorText(state.message)}</span>}
        </p>
      </div>
    </form>
  );
}
