import { requirePermission } from "@/lib/auth/current-user";
import type { MemoRubric } from "@/lib/content/schemas";
import { getMemoBrief } from "@/lib/content/memo-rubric";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { publicOrigin } from "@/lib/http/public-origin";
import { pokeMailWorker } from "@/lib/mail/background-worker";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { memoMarkedMail } from "./memo-mails";
import { fieldErrorsOf, type FieldErrors } from "@/lib/form-errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { memoAuthorScope } from "./access";
import { markSchema, type MarkInput } from "./schemas";
import { nextMemoStatus } from "./state";

export type MarkResult = { ok: true } | { ok: false; fieldErrors: FieldErrors; message: string };

class StaleMark extends Error {}

/** Every criterion marked with one of the rubric's levels; accepting needs each at acceptFrom or above. */
export function checkLevels(mark: Pick<MarkInput, "decision" | "levels">, rubric: MemoRubric): FieldErrors {
  const order = rubric.levels.map((level) => level.id);
  const errors: FieldErrors = {};
  for (const criterion of rubric.criteria) {
    const level = mark.levels[criterion.id];
    if (!level || !order.includes(level)) errors[`level.${criterion.id}`] = "levelRequired";
    else if (mark.decision === "ACCEPTED" && order.indexOf(level) < order.indexOf(rubric.acceptFrom))
      errors[`level.${criterion.id}`] = "levelTooLowToAccept";
  }
  return errors;
}

/**
 * Records a mark on the version she submitted last, and moves the memo on in the same transaction
 * (the certificate reads ACCEPTED and acceptedAt). A mark made on a page loaded before she
 * resubmitted, or after someone else marked, is refused: the conditional update finds nothing, or
 * the one-mark-per-version key refuses the second insert.
 */
export async function markMemo(input: unknown): Promise<MarkResult> {
  const user = await requirePermission("memos:review");
  const parsed = markSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), message: "markNotSaved" };
  const mark = parsed.data;
  const { rubric } = await getMemoBrief();
  const levelErrors = checkLevels(mark, rubric);
  if (Object.keys(levelErrors).length > 0) return { ok: false, fieldErrors: levelErrors, message: "markNotSaved" };
  const status = nextMemoStatus("SUBMITTED", mark.decision === "ACCEPTED" ? "accept" : "return")!;
  const prisma = await db();
  try {
    await prisma.$transaction(async (tx) => {
      const memo = await tx.riskMemo.findFirst({ where: { id: mark.memoId, user: memoAuthorScope(user) }, select: { id: true, user: { select: { email: true } } } });
      if (!memo) throw new NotFoundError("This memo");
      const now = new Date();
      const moved = await tx.riskMemo.updateMany({
        where: { id: memo.id, status: "SUBMITTED", versions: { some: { id: mark.versionId } } },
        data: { status, acceptedAt: status === "ACCEPTED" ? now : null },
      });
      const latest = await tx.riskMemoVersion.findFirst({ where: { memoId: memo.id }, orderBy: { number: "desc" }, select: { id: true, number: true } });
      if (moved.count === 0 || latest?.id !== mark.versionId) throw new StaleMark();
      await tx.memoReview.create({
        data: { versionId: latest.id, reviewerId: user.id, decision: mark.decision, levels: mark.levels, comments: mark.comments, createdAt: now },
      });
      // The audit says who marked which version how; never the memo's or the comments' text.
      await tx.auditEntry.create({
        data: { actorId: user.id, action: status === "ACCEPTED" ? "memo.accepted" : "memo.returned", details: { memoId: memo.id, versionId: latest.id, version: latest.number } },
      });
      await enqueueMail(tx, memoMarkedMail(memo.user.email, status === "ACCEPTED", `${publicOrigin()}/learn/memo`));
    });
    pokeMailWorker();
  } catch (error) {
    const raced = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
    if (error instanceof StaleMark || raced) return { ok: false, fieldErrors: {}, message: "staleMark" };
    throw error;
  }
  return { ok: true };
}
