"use server";

import { revalidatePath } from "next/cache";
import { withRefusals } from "@/lib/action-refusal";
import { formAnswers } from "@/lib/form-answers";
import { skipStartingTest, startSitting, submitSitting, type SittingFormState } from "@/lib/course-test/sittings";

export async function startSittingAction(formData: FormData): Promise<void> {
  // A sitting that cannot start (closed, already taken) leaves the page as it is.
  await withRefusals(() => startSitting(formData.get("kind")));
  revalidatePath("/learn/course-test");
}

export async function skipStartingTestAction(): Promise<void> {
  await withRefusals(() => skipStartingTest());
  revalidatePath("/learn", "layout");
}

export async function submitSittingAction(_state: SittingFormState, formData: FormData): Promise<SittingFormState> {
  const answers = formAnswers(formData);
  const result = await withRefusals(() => submitSitting(formData.get("kind"), answers));
  if (result?.ok) revalidatePath("/learn", "layout");
  return result;
}
