import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { fieldErrorsOf, type FieldErrors } from "@/lib/form-errors";
import { cohortSchema } from "./schemas";

export type CreateCohortResult = { ok: true; id: string } | { ok: false; fieldErrors: FieldErrors; message: string };

/** A trainer's new cohort; she becomes its first trainer. */
export async function createCohort(input: unknown): Promise<CreateCohortResult> {
  const user = await requirePermission("cohorts:manage-own");
  const parsed = cohortSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), message: "checkFields" };
  const cohort = await (await db()).cohort.create({
    data: { ...parsed.data, createdById: user.id, trainers: { create: { userId: user.id } } },
    select: { id: true },
  });
  return { ok: true, id: cohort.id };
}
