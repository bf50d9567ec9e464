"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { handOverLessonState, useLessonState } from "@/components/mdx/lesson-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorText } from "@/components/ui/use-error-text";
import type { Refusal } from "@/lib/action-refusal";
import type { CompletedLesson } from "@/lib/progress/complete-lesson";
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
  /** The form's action without JavaScript: records and redirects. */
  action: (formData: FormData) => Promise<void>;
  /** The same from the page's script: records and answers with the next address and her state there. */
  completeThenNext: (moduleSlug: string, lessonSlug: string) => Promise<CompletedLesson | Refusal>;
};

/**
 * The lesson's closing form. Online the server records it and she moves on; with no connection,
 * or when the request cannot reach the server, it waits in her device's queue and she moves on to
 * the next page, which opens from the device if she kept the module.
 */
export function CompleteLessonForm({ moduleSlug, lessonSlug, lessonTitle, offlineNextHref, action, completeThenNext }: CompleteProps) {
  const router = useRouter();
  const errorText = useErrorText();
  const [pending, startTransition] = useTransition();
  const [refusal, setRefusal] = useState<Refusal["message"] | null>(null);

  const completeOffline = () => completeLessonOffline(moduleSlug, lessonSlug, lessonTitle).then(() => window.location.assign(offlineNextHref));

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    setRefusal(null);
    if (!navigator.onLine) {
      void completeOffline();
      return;
    }
    startTransition(async () => {
      try {
        const answer = await completeThenNext(moduleSlug, lessonSlug);
        if (!("nextHref" in answer)) {
          setRefusal(answer.message);
          return;
        }
        if (answer.next) handOverLessonState(answer.next.moduleSlug, answer.next.lessonSlug, answer.next.state);
        router.push(answer.nextHref);
      } catch (error) {
        // fetch() rejects with a TypeError when nothing reached the server (a connection that is
        // up but goes nowhere). Completing a lesson twice records it once, so queueing is safe.
        if (error instanceof TypeError) await completeOffline();
        else throw error;
      }
    });
  };
  return (
    <form action={action} onSubmit={onSubmit} className="ms-auto flex flex-col items-end gap-2">
      <input type="hidden" name="moduleSlug" value={moduleSlug} />
      <input type="hidden" name="lessonSlug" value={lessonSlug} />
      <CompleteLessonButton pending={pending} />
      {refusal && (
        <p role="alert" className="text-red-700">
          {errorText(refusal)}
        </p>
      )}
    </form>
  );
}

/** "Mark complete and continue", or "Continue" once she has completed this version of the lesson. */
function CompleteLessonButton({ pending }: { pending: boolean }) {
  const t = useTranslations("lesson");
  const completed = useLessonState()?.completed ?? false;
  return <SubmitButton pending={pending} label={completed ? t("continue") : t("complete")} pendingLabel={t("pending")} />;
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
