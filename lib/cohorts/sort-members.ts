import { z } from "zod";
import type { MemberRow } from "./cohort-progress";

export const MEMBER_SORTS = ["name", "progress", "overdue", "activity"] as const;
export type MemberSort = (typeof MEMBER_SORTS)[number];
export const memberSortSchema = z.enum(MEMBER_SORTS).catch("name");

const byName = (a: MemberRow, b: MemberRow) => a.displayName.localeCompare(b.displayName);

/** Name A-Z; most modules completed; most overdue; most recently active (never active last). */
export function sortMembers(rows: MemberRow[], sort: MemberSort): MemberRow[] {
  const compare: Record<MemberSort, (a: MemberRow, b: MemberRow) => number> = {
    name: byName,
    progress: (a, b) => b.completedCount - a.completedCount || byName(a, b),
    overdue: (a, b) => b.overdueCount - a.overdueCount || byName(a, b),
    activity: (a, b) => (b.lastActivity?.getTime() ?? -1) - (a.lastActivity?.getTime() ?? -1) || byName(a, b),
  };
  return [...rows].sort(compare[sort]);
}
