"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { withRefusals } from "@/lib/action-refusal";
import { getMemoBrief } from "@/lib/content/memo-rubric";
import { levelsFromForm } from "@/lib/memos/form-fields";
import { markMemo } from "@/lib/memos/mark-memo";
import type { MarkFormState } from "./[memoId]/_components/mark-form";

/** Accept or return the version on the page; the button pressed is the decision. */
export async function markMemoAction(_state: MarkFormState, formData: FormData): Promise<MarkFormState> {
  const { rubric } = await getMemoBrief();
  const decision = formData.get("decision");
  const comments = formData.get("comments");
  const levels = levelsFromForm(formData, rubric.criteria.map((criterion) => criterion.id));
  const result = await withRefusals(() =>
    markMemo({ memoId: formData.get("memoId"), versionId: formData.get("versionId"), decision, comments: comments ?? "", levels }),
  );
  if (!result.ok) return { ...result, values: { levels, comments: typeof comments === "string" ? comments : "" }, attempt: Date.now() };
  refresh();
  redirect(`/reviews?marked=${decision === "ACCEPTED" ? "ACCEPTED" : "RETURNED"}`);
}
