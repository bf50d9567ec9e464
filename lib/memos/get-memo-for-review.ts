import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { MemoStatus } from "@/lib/generated/prisma/enums";
import { recordId } from "@/lib/validation";
import { memoAuthorScope } from "./access";
import { toVersionView, versionInclude, type MemoVersionView } from "./get-my-memo";

export type MemoForReview = { memoId: string; memberName: string; status: MemoStatus; versions: MemoVersionView[] };

/** A memo with every version and mark, for a reviewer allowed to mark it; otherwise not found. */
export async function getMemoForReview(memoId: string): Promise<MemoForReview> {
  const user = await requirePermission("memos:review");
  if (!recordId.safeParse(memoId).success) throw new NotFoundError("This memo");
  const memo = await (await db()).riskMemo.findFirst({
    where: { id: memoId, user: memoAuthorScope(user), versions: { some: {} } },
    select: { id: true, status: true, user: { select: { displayName: true } }, versions: versionInclude },
  });
  if (!memo) throw new NotFoundError("This memo");
  return { memoId: memo.id, memberName: memo.user.displayName, status: memo.status, versions: memo.versions.map(toVersionView) };
}
