import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { memoAuthorScope } from "./access";

export type QueuedMemo = {
  memoId: string;
  memberName: string;
  cohorts: string[];
  version: number;
  submittedAt: Date;
  dueOn: Date;
  overdue: boolean;
};

const DAY_MS = 86_400_000;

/** When a version submitted at this moment should be marked by. */
export const reviewDueDate = (submittedAt: Date, days = env.MEMO_REVIEW_DAYS) => new Date(submittedAt.getTime() + days * DAY_MS);

/** Memos waiting for a mark from this reviewer, the longest-waiting (so the first due) first. */
export async function listReviewQueue(now = new Date()): Promise<QueuedMemo[]> {
  const user = await requirePermission("memos:review");
  const memos = await (await db()).riskMemo.findMany({
    where: { status: "SUBMITTED", user: memoAuthorScope(user) },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      user: {
        select: {
          displayName: true,
          // Only the cohorts the reviewer shares with her; a coordinator marking for a member with
          // no trainer sees her cohorts, which have nobody else to show them to.
          cohortsJoined: { select: { cohort: { select: { name: true } } }, orderBy: { enrolledAt: "asc" } },
        },
      },
      versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, submittedAt: true } },
    },
  });
  return memos.flatMap((memo) => {
    const latest = memo.versions[0];
    if (!latest) return [];
    const dueOn = reviewDueDate(latest.submittedAt);
    return [{
      memoId: memo.id,
      memberName: memo.user.displayName,
      cohorts: memo.user.cohortsJoined.map((membership) => membership.cohort.name),
      version: latest.number,
      submittedAt: latest.submittedAt,
      dueOn,
      overdue: dueOn < now,
    }];
  });
}
