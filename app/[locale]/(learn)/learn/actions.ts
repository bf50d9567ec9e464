"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import type { CheckFormState } from "@/components/mdx/knowledge-check-form";
import type { ReflectionState } from "@/components/mdx/reflection-form";
import { withRefusals, type Refusal } from "@/lib/action-refusal";
import { findModule } from "@/lib/content/course";
import { formAnswers } from "@/lib/form-answers";
import { completeLesson, completeLessonAndOpenNext, type CompletedLesson } from "@/lib/progress/complete-lesson";
import { openLesson, type LessonMemberState } from "@/lib/progress/lesson-state";
import { checkResultOf } from "@/lib/progress/score";
import { openModule, type ModuleMemberState } from "@/lib/progress/module-state";
import { saveReflection } from "@/lib/progress/save-reflection";
import { startFinalCheck } from "@/lib/progress/start-final-check";
import { submitCheck } from "@/lib/progress/submit-check";
import type { StartCheckState } from "./_components/start-check-form";

/** "Mark complete" without JavaScript: the form posts, the server records it and redirects her on. */
export async function completeLessonAction(formData: FormData): Promise<void> {
  const result = await withRefusals(() =>
    completeLesson({ moduleSlug: formData.get("moduleSlug"), lessonSlug: formData.get("lessonSlug") }),
  );
  // A lesson that does not exist (a stale page, a forged form) has nothing to complete.
  if (!("nextHref" in result)) return;
  redirect(result.nextHref);
}

/**
 * "Mark complete" from the page's script: records it and answers where she goes next, with her
 * state there; the page then navigates itself. A redirect from the action would render the next
 * page for her, layouts and all, where the built page is served as a file.
 */
export async function completeLessonThenNextAction(moduleSlug: string, lessonSlug: string): Promise<CompletedLesson | Refusal> {
  const locale = await getLocale();
  return withRefusals(() => completeLessonAndOpenNext({ moduleSlug, lessonSlug }, locale));
}

export async function submitCheckAction(_state: CheckFormState, formData: FormData): Promise<CheckFormState> {
  const answers = formAnswers(formData);
  const result = await withRefusals(() =>
    submitCheck({ moduleSlug: formData.get("moduleSlug"), checkId: formData.get("checkId") }, answers, formData.get("drawId")),
  );
  if (!result.ok) return result;
  // A practice check sits in a lesson built once for everyone: its feedback comes back with the
  // answer. A final check's page is hers, rendered again with the attempt just stored.
  if (formData.get("drawId") === null) {
    const shown = await findModule(String(formData.get("moduleSlug")), await getLocale());
    return { ok: true, result: checkResultOf(result.score, shown?.checks[String(formData.get("checkId"))]) };
  }
  refresh();
  return { ok: true };
}

/** "Start the check": draws her final-check attempt on the server; the page then shows that draw. */
export async function startFinalCheckAction(_state: StartCheckState, formData: FormData): Promise<StartCheckState> {
  const result = await withRefusals(() => startFinalCheck(formData.get("moduleSlug")));
  if (!result.ok) return result;
  refresh();
  return { ok: true };
}

export async function saveReflectionAction(_state: ReflectionState, formData: FormData): Promise<ReflectionState> {
  const result = await withRefusals(() =>
    saveReflection({ moduleSlug: formData.get("moduleSlug"), promptId: formData.get("promptId"), text: formData.get("text") ?? "" }),
  );
  if (!result.ok) return result;
  return { ok: true, savedAt: new Date().toISOString(), text: String(formData.get("text") ?? "") };
}

/** The lesson page's own part for her (lesson-state.tsx asks for it once the page shows). */
export async function openLessonAction(moduleSlug: string, lessonSlug: string): Promise<LessonMemberState | null> {
  const locale = await getLocale();
  const result = await withRefusals(() => openLesson({ moduleSlug, lessonSlug }, locale));
  return "completed" in result ? result : null;
}

/** The module page's own part for her (module-state.tsx asks for it once the page shows). */
export async function openModuleAction(moduleSlug: string): Promise<ModuleMemberState | null> {
  const result = await withRefusals(() => openModule({ moduleSlug }));
  return "status" in result ? result : null;
}
