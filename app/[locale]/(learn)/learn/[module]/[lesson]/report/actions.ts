"use server";

import { getLocale } from "next-intl/server";
import { withRefusals } from "@/lib/action-refusal";
import { reportTranslationProblem } from "@/lib/translation-reports/report-problem";
import type { ReportFormState } from "./_components/report-form";

/** Her report of a problem in the lesson's translation into the language she reads it in. */
export async function reportTranslationProblemAction(_state: ReportFormState, formData: FormData): Promise<ReportFormState> {
  const input = Object.fromEntries(["moduleSlug", "lessonSlug", "passage", "comment"].map((key) => [key, formData.get(key) ?? undefined]));
  const locale = await getLocale();
  const result = await withRefusals(() => reportTranslationProblem(input, locale));
  // What she wrote comes back with a refusal, so a failed send never empties the form.
  return result.ok ? { ok: true } : { ...result, values: { passage: String(input.passage ?? ""), comment: String(input.comment ?? "") } };
}
