"use server";

import { refresh } from "next/cache";
import { withRefusals } from "@/lib/action-refusal";
import { getMemoBrief } from "@/lib/content/memo-rubric";
import { memoFromForm } from "@/lib/memos/form-fields";
import { saveMemoDraft, submitMemo } from "@/lib/memos/write-memo";
import type { MemoFormState } from "./_components/memo-form";

/** Both buttons of her memo form: "save" keeps a draft, "submit" sends a version for marking. */
export async function writeMemoAction(_state: MemoFormState, formData: FormData): Promise<MemoFormState> {
  const { rubric } = await getMemoBrief();
  const memo = memoFromForm(formData, rubric.sections.risks.max);
  const submitting = formData.get("intent") === "submit";
  const result = await withRefusals(() => (submitting ? submitMemo(memo) : saveMemoDraft(memo)));
  // What she typed comes back with a refusal, so a failed save never empties the form.
  if (!result.ok) return { ...result, values: memo, attempt: Date.now() };
  refresh();
  return { ok: true, message: submitting ? "submitted" : "saved", attempt: Date.now() };
}
