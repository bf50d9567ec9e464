"use client";

import { useTranslations } from "next-intl";
import { useLessonState } from "@/components/mdx/lesson-state";
import { completeLessonOffline } from "@/lib/offline/answer-offline";

type CompleteProps = {
  moduleSlug: string;
  lessonSlug: string;
  lessonTitle: string;
  /**
   * Where she goes with no connection: the next lesson, or after the last one the module page,
   * which offers the final check kept on her device (the check's own page needs the server).
   */
  offlineNextHref: string;
  action: (formData: FormData) => Promise<void>;
};

/**
 * The lesson's closing form. Online (or without JavaScript) the server records it and moves her
 * on; with no connection it waits in her device's queue and she moves on to the next page, which
 * opens from the device if she kept the module.
 */
export function CompleteLessonForm({ moduleSlug, lessonSlug, lessonTitle, offlineNextHref, action }: CompleteProps) {
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    if (navigator.onLine) return;
    event.preventDefault();
    void completeLessonOffline(moduleSlug, lessonSlug, lessonTitle).then(() => window.location.assign(offlineNextHref));
  };
  return (
    <form action={action} onSubmit={onSubmit} className="ms-auto">
      <input type="hidden" name="moduleSlug" value={moduleSlug} />
      <input type="hidden" name="lessonSlug" value={lessonSlug} />
      <CompleteLessonButton />
    </form>
  );
}

/** "Mark complete and continue", or "Continue" once she has completed this version of the lesson. */
function CompleteLessonButton() {
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
