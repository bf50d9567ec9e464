import { requirePermission } from "@/lib/auth/current-user";
import { findModule } from "@/lib/content/course";
import { db } from "@/lib/db/client";
import { fieldErrorsOf } from "@/lib/form-errors";
import { NotFoundError } from "@/lib/errors";
import { completeModuleIfDone } from "./complete-module";
import { lockMemberModule } from "./lock-member-module";
import { FINAL_CHECK } from "./constants";
import { answersSchema, checkRefSchema } from "./schemas";
import { scoreCheck, type CheckScore } from "./score";
import { syncModuleProgress } from "./sync-module-progress";

export type SubmitCheckResult =
  | { ok: true; score: CheckScore }
  | { ok: false; fieldErrors: Record<string, string>; message: string };

/** Scores a knowledge check on the server and records the attempt; answers never reach the page first. */
export async function submitCheck(ref: unknown, rawAnswers: Record<string, unknown>): Promise<SubmitCheckResult> {
  const user = await requirePermission("learning:study");
  const parsedRef = checkRefSchema.safeParse(ref);
  const module = parsedRef.success ? await findModule(parsedRef.data.moduleSlug) : undefined;
  const check = parsedRef.success ? module?.checks[parsedRef.data.checkId] : undefined;
  if (!parsedRef.success || !module || !check) throw new NotFoundError("This knowledge check");

  const answers = answersSchema(check).safeParse(rawAnswers);
  if (!answers.success) {
    return { ok: false, fieldErrors: fieldErrorsOf(answers.error), message: "answerEvery" };
  }
  const score = scoreCheck(check, answers.data);
  const checkId = parsedRef.data.checkId;
  // The attempt, its event, the module's completion and the summary row: one transaction.
  await (await db()).$transaction(async (tx) => {
    await lockMemberModule(tx, user.id, module.slug);
    await tx.checkAttempt.create({
      data: {
        userId: user.id,
        moduleSlug: module.slug,
        checkId,
        answers: answers.data,
        correctCount: score.correctCount,
        questionCount: score.questionCount,
        score: score.score,
        passed: score.passed,
        contentVersion: check.version,
      },
    });
    await tx.learningEvent.create({
      data: { userId: user.id, moduleSlug: module.slug, type: "CHECK_ATTEMPTED", data: { checkId, score: score.score, passed: score.passed } },
    });
    if (checkId === FINAL_CHECK) {
      if (score.passed) await completeModuleIfDone(tx, user.id, module);
      await syncModuleProgress(tx, user.id, module.slug);
    }
  });
  return { ok: true, score };
}
