"use client";

import { useTranslations } from "next-intl";
import { useLessonState } from "@/components/mdx/lesson-state";

/** "Mark complete and continue", or "Continue" once she has completed this version of the lesson. */
export function CompleteLessonButton() {
  const t = useTranslations("lesson");
  const completed = useLessonState()?.completed ?? false;
  return (
    <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
      {completed ? t("continue") : t("complete")}
    </button>
  );
}

/** Shown when the lesson changed after she completed it, with the author's note of what changed. */
export function LessonUpdatedNote({ changeNote }: { changeNote?: string }) {
  const t = useTranslations("lesson");
  if (!useLessonState()?.changedSinceCompleted) return null;
  return (
    <p role="status" className="rounded bg-sky-50 p-3 text-sky-900">
      {t("updatedSinceCompleted")}
      {changeNote && (
        <>
          {" "}
          {t("whatChanged", { note: changeNote })}
        </>
      )}
    </p>
  );
}
