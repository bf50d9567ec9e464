import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { MemoStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportFilters } from "@/lib/reports/filters";
import { untrained } from "./access";

export type MemoCounts = Record<MemoStatus, number> & { awaitingCoordinator: number };

/**
 * How many memos stand where, for the members the report's filters select (country and cohort by
 * their cohorts, sector by their profile; module and dates do not apply to the memo). Counts only:
 * coordinators never read memo text through reports.
 */
export async function getMemoCounts(filters: ReportFilters): Promise<MemoCounts> {
  await requirePermission("reports:read");
  const cohort: Prisma.CohortWhereInput = {
    ...(filters.country ? { countryCode: filters.country } : {}),
    ...(filters.cohort ? { id: filters.cohort } : {}),
  };
  // Without a place filter, members outside any cohort count too.
  const members: Prisma.UserWhereInput = {
    ...(filters.country || filters.cohort ? { cohortsJoined: { some: { cohort } } } : {}),
    ...(filters.sector ? { sector: filters.sector } : {}),
  };
  const prisma = await db();
  const [byStatus, awaitingCoordinator] = await Promise.all([
    prisma.riskMemo.groupBy({ by: ["status"], where: { user: members }, _count: { _all: true } }),
    prisma.riskMemo.count({ where: { status: "SUBMITTED", user: { AND: [members, untrained] } } }),
  ]);
  const counts: MemoCounts = { DRAFT: 0, SUBMITTED: 0, RETURNED: 0, ACCEPTED: 0, awaitingCoordinator };
  for (const row of byStatus) counts[row.status] = row._count._all;
  return counts;
}
