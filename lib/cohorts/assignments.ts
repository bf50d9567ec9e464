import { requirePermission } from "@/lib/auth/current-user";
import { getCourse } from "@/lib/content/course";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { findScopedCohort } from "./access";
import { fieldErrorsOf, type FieldErrors } from "@/lib/form-errors";
import { assignmentSchema, removeAssignmentSchema } from "./schemas";

export type AssignResult = { ok: true; assigned: number } | { ok: false; fieldErrors: FieldErrors; message: string };

/** Assigns modules to a cohort with an optional due date; assigning again changes the date. */
export async function assignModules(input: unknown): Promise<AssignResult> {
  const user = await requirePermission("cohorts:manage-own");
  const parsed = assignmentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), message: "checkFields" };
  const cohort = await findScopedCohort(user, parsed.data.cohortId);
  const known = new Set((await getCourse()).modules.map((module) => module.slug));
  if (parsed.data.moduleSlugs.some((slug) => !known.has(slug))) {
    return { ok: false, fieldErrors: { moduleSlugs: "invalidChoice" }, message: "checkFields" };
  }
  const prisma = await db();
  const dueOn = parsed.data.dueOn ?? null;
  await prisma.$transaction(
    parsed.data.moduleSlugs.map((moduleSlug) =>
      prisma.moduleAssignment.upsert({
        where: { cohortId_moduleSlug: { cohortId: cohort.id, moduleSlug } },
        create: { cohortId: cohort.id, moduleSlug, dueOn, assignedById: user.id },
        update: { dueOn },
      }),
    ),
  );
  return { ok: true, assigned: parsed.data.moduleSlugs.length };
}

export async function removeAssignment(input: unknown): Promise<void> {
  const user = await requirePermission("cohorts:manage-own");
  const parsed = removeAssignmentSchema.safeParse(input);
  if (!parsed.success) throw new NotFoundError("This assignment");
  const cohort = await findScopedCohort(user, parsed.data.cohortId);
  await (await db()).moduleAssignment.deleteMany({ where: { cohortId: cohort.id, moduleSlug: parsed.data.moduleSlug } });
}
