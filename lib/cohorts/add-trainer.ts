import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { fieldErrorsOf, type FieldErrors } from "@/lib/form-errors";
import { addTrainerSchema } from "./schemas";

export type AddTrainerResult = { ok: true } | { ok: false; fieldErrors: FieldErrors; message: string };

/** Coordinators and admins put a trainer (an existing trainer account) on a cohort. */
export async function addTrainer(input: unknown): Promise<AddTrainerResult> {
  await requirePermission("cohorts:manage-all");
  const parsed = addTrainerSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), message: "checkFields" };
  const prisma = await db();
  const cohort = await prisma.cohort.findUnique({ where: { id: parsed.data.cohortId }, select: { id: true } });
  if (!cohort) throw new NotFoundError("This cohort");
  const trainer = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, role: true } });
  if (!trainer || trainer.role === "MEMBER") {
    return { ok: false, fieldErrors: { email: "notATrainer" }, message: "checkFields" };
  }
  await prisma.cohortTrainer.createMany({ data: [{ cohortId: cohort.id, userId: trainer.id }], skipDuplicates: true });
  return { ok: true };
}
