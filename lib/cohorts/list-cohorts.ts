import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { cohortScope } from "./access";

export type CohortListItem = {
  id: string;
  name: string;
  countryCode: string;
  locale: string;
  startsOn: Date | null;
  endsOn: Date | null;
  archived: boolean;
  members: number;
  assignments: number;
};

/** The cohorts she may see, active first, newest first. */
export async function listCohorts(): Promise<CohortListItem[]> {
  const user = await requirePermission("cohorts:manage-own");
  const cohorts = await (await db()).cohort.findMany({
    where: cohortScope(user),
    orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      countryCode: true,
      locale: true,
      startsOn: true,
      endsOn: true,
      archivedAt: true,
      _count: { select: { members: true, assignments: true } },
    },
  });
  return cohorts.map(({ archivedAt, _count, ...cohort }) => ({
    ...cohort,
    archived: archivedAt !== null,
    members: _count.members,
    assignments: _count.assignments,
  }));
}
