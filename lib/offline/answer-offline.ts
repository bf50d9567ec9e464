import type { CheckFormState, PublicQuestion } from "@/components/mdx/knowledge-check-form";
import { formAnswers } from "@/lib/form-answers";
import { checkResultOf, scoreCheck } from "@/lib/progress/score";
import { enqueue, keptModule } from "./device-store";

// What a member does on a page with no connection: practice checks are marked on her device;
// completing a lesson and answering a final check wait in her device's queue (send-queue.ts).

/** Her choice for each question, or the questions left unanswered, as the server's forms say it. */
function chosenAnswers(questions: readonly PublicQuestion[], formData: FormData) {
  const given = formAnswers(formData);
  const answers: Record<string, string> = {};
  const fieldErrors: Record<string, string> = {};
  for (const question of questions) {
    const chosen = given[question.id];
    if (typeof chosen === "string" && question.options.some((option) => option.id === chosen)) answers[question.id] = chosen;
    else fieldErrors[question.id] = "chooseAnswer";
  }
  return { answers, fieldErrors, complete: Object.keys(fieldErrors).length === 0 };
}

/**
 * Marks a practice check with the answers and feedback kept with the module, by the server's own
 * scoring (scoreCheck). Nothing is recorded: the server records the practice she does online.
 */
export async function markPracticeCheckOffline(moduleSlug: string, checkId: string, formData: FormData): Promise<CheckFormState> {
  const check = (await keptModule(moduleSlug))?.practiceChecks[checkId];
  if (!check) return { ok: false, fieldErrors: {}, message: "practiceNeedsConnection" };
  const { answers, fieldErrors, complete } = chosenAnswers(check.questions, formData);
  if (!complete) return { ok: false, fieldErrors, message: "answerEvery" };
  return { ok: true, result: checkResultOf(scoreCheck(check, answers)) };
}

export async function completeLessonOffline(moduleSlug: string, lessonSlug: string, label: string): Promise<void> {
  await enqueue({ clientId: crypto.randomUUID(), kind: "complete-lesson", moduleSlug, lessonSlug, doneAt: new Date().toISOString() }, label);
}

/**
 * Queues her answers to the final check drawn when the module was kept. The draw is then used up
 * on this device: the server marks it when it arrives and applies the attempt rules then.
 */
export async function answerFinalCheckOffline(moduleSlug: string, formData: FormData): Promise<CheckFormState> {
  const kept = await keptModule(moduleSlug);
  const draw = kept?.finalCheck;
  if (!kept || !draw) return { ok: false, fieldErrors: {}, message: "practiceNeedsConnection" };
  const { answers, fieldErrors, complete } = chosenAnswers(draw.questions, formData);
  if (!complete) return { ok: false, fieldErrors, message: "answerEvery" };
  await enqueue(
    { clientId: crypto.randomUUID(), kind: "submit-final-check", moduleSlug, drawId: draw.drawId, answers, doneAt: new Date().toISOString() },
    kept.title,
    { ...kept, finalCheck: null },
  );
  return { ok: true };
}
