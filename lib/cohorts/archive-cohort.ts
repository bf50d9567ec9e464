import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { findScopedCohort } from "./access";
import { cohortIdSchema } from "./schemas";
import { NotFoundError } from "@/lib/errors";

/** Archived cohorts leave members' "my learning" but stay in every report. */
export async function setCohortArchived(cohortId: unknown, archived: boolean): Promise<void> {
  const user = await requirePermission("cohorts:manage-own");
  const id = cohortIdSchema.safeParse(cohortId);
  if (!id.success) throw new NotFoundError("This cohort");
  await findScopedCohort(user, id.data);
  await (await db()).cohort.update({ where: { id: id.data }, data: { archivedAt: archived ? new Date() : null } });
}
