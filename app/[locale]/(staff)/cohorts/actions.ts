"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { withRefusals } from "@/lib/action-refusal";
import { addTrainer, type AddTrainerResult } from "@/lib/cohorts/add-trainer";
import { setCohortArchived } from "@/lib/cohorts/archive-cohort";
import { assignModules, removeAssignment, type AssignResult } from "@/lib/cohorts/assignments";
import { createCohort, type CreateCohortResult } from "@/lib/cohorts/create-cohort";
import { enrolRoster, type EnrolResult } from "@/lib/cohorts/enrol-members";
import { MAX_UPLOAD_BYTES } from "@/lib/http/security-headers";

export async function createCohortAction(_state: CreateCohortResult | null, formData: FormData): Promise<CreateCohortResult> {
  const result = await withRefusals(() => createCohort(Object.fromEntries(formData)));
  if (!result.ok) return result;
  redirect(`/cohorts/${result.id}`);
}

export async function assignModulesAction(_state: AssignResult | null, formData: FormData): Promise<AssignResult> {
  const result = await withRefusals(() =>
    assignModules({ cohortId: formData.get("cohortId"), moduleSlugs: formData.getAll("moduleSlugs"), dueOn: formData.get("dueOn") }),
  );
  if (result.ok) refresh();
  return result;
}

export async function removeAssignmentAction(formData: FormData): Promise<void> {
  await withRefusals(() => removeAssignment({ cohortId: formData.get("cohortId"), moduleSlug: formData.get("moduleSlug") }));
  refresh();
}

export async function setArchivedAction(formData: FormData): Promise<void> {
  await withRefusals(() => setCohortArchived(formData.get("cohortId"), formData.get("archived") === "true"));
  refresh();
}

export async function addTrainerAction(_state: AddTrainerResult | null, formData: FormData): Promise<AddTrainerResult> {
  const result = await withRefusals(() => addTrainer({ cohortId: formData.get("cohortId"), email: formData.get("email") }));
  if (result.ok) refresh();
  return result;
}

export type EnrolState = (EnrolResult & { csv?: string }) | { ok: false; errors: { line: number; code: string }[]; csv?: string } | null;

/**
 * One form, three ways in: an uploaded file, pasted text, or one person's fields (turned into a
 * one-row CSV, so every way in is checked by the same rules).
 */
export async function enrolAction(_state: EnrolState, formData: FormData): Promise<EnrolState> {
  const cohortId = String(formData.get("cohortId") ?? "");
  const file = formData.get("file");
  let csv = String(formData.get("csv") ?? "");
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_UPLOAD_BYTES) return { ok: false, errors: [{ line: 0, code: "fileTooLarge" }] };
    csv = await file.text();
  } else if (formData.get("mode") === "single") {
    const fields = ["email", "displayName", "sector", "organisation", "preferredLanguage"];
    const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
    csv = `${fields.join(",")}\n${fields.map((field) => quote(String(formData.get(field) ?? ""))).join(",")}\n`;
  }
  if (csv.trim() === "") return { ok: false, errors: [{ line: 0, code: "emptyFile" }] };
  const outcome = await withRefusals(() => enrolRoster(cohortId, csv));
  const result = "message" in outcome ? { ok: false as const, errors: [{ line: 0, code: outcome.message }] } : outcome;
  if (result.ok) refresh();
  // A rejected paste comes back so she can correct it in place instead of pasting again.
  return result.ok ? result : { ...result, csv: formData.get("mode") === "paste" ? csv : undefined };
}
