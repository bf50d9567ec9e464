"use server";

import { refresh } from "next/cache";
import { withRefusals } from "@/lib/action-refusal";
import { formAnswers } from "@/lib/form-answers";
import { skipStartingTest, startSitting, submitSitting, type SittingFormState } from "@/lib/course-test/sittings";

export async function startSittingAction(formData: FormData): Promise<void> {
  // A sitting that cannot start (closed, already taken) leaves the page as it is.
  await withRefusals(() => startSitting(formData.get("kind")));
  refresh();
}

export async function skipStartingTestAction(): Promise<void> {
  await withRefusals(() => skipStartingTest());
  refresh();
}

export async function submitSittingAction(_state: SittingFormState, formData: FormData): Promise<SittingFormState> {
  const answers = formAnswers(formData);
  const result = await withRefusals(() => submitSitting(formData.get("kind"), answers));
  if (result?.ok) refresh();
  return result;
}
