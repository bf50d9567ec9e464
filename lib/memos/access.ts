import type { CurrentUser } from "@/lib/auth/current-user";
import type { Prisma } from "@/lib/generated/prisma/client";

// Memos are private: the member reads her own; a reviewer reads and marks only the memos of the
// members this scope finds. Every reviewer query puts it in its `where`, so a guessed id finds
// nothing. Coordinators see counts elsewhere; their own scope here is the fallback for members
// nobody trains.

const trainedBy = (userId: string): Prisma.UserWhereInput => ({
  cohortsJoined: { some: { cohort: { trainers: { some: { userId } } } } },
});

/** Members without a trainer in any of their cohorts (or without a cohort): a coordinator marks. */
export const untrained: Prisma.UserWhereInput = { cohortsJoined: { none: { cohort: { trainers: { some: {} } } } } };

/** The authors whose memos this reviewer may read and mark; never her own memo. */
export function memoAuthorScope(user: CurrentUser): Prisma.UserWhereInput {
  const scope = user.role === "COORDINATOR" ? { OR: [trainedBy(user.id), untrained] } : trainedBy(user.id);
  return { AND: [scope, { id: { not: user.id } }] };
}
