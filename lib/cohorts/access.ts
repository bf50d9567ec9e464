import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordId } from "@/lib/validation";

/**
 * The cohorts a person may see: all of them for coordinators and admins, only the ones she runs
 * for a trainer. Every cohort query puts this in its `where`, so a guessed id finds nothing.
 */
export function cohortScope(user: CurrentUser): Prisma.CohortWhereInput {
  return can(user.role, "cohorts:manage-all") ? {} : { trainers: { some: { userId: user.id } } };
}

/** The cohort if she may touch it; otherwise "not found", which says nothing about whether it exists. */
export async function findScopedCohort(user: CurrentUser, cohortId: string) {
  // A malformed id (a NUL byte, 70,000 characters) is simply not found, before any query sees it.
  if (!recordId.safeParse(cohortId).success) throw new NotFoundError("This cohort");
  const cohort = await (await db()).cohort.findFirst({
    where: { AND: [{ id: cohortId }, cohortScope(user)] },
    select: { id: true, name: true, countryCode: true, locale: true, startsOn: true, endsOn: true, archivedAt: true },
  });
  if (!cohort) throw new NotFoundError("This cohort");
  return cohort;
}
