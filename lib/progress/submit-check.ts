import { requirePermission } from "@/lib/auth/current-user";
import { findModule } from "@/lib/content/course";
import type { CourseModule } from "@/lib/content/load";
import type { Check } from "@/lib/content/schemas";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/form-errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordId } from "@/lib/validation";
import { completeModuleIfDone } from "./complete-module";
import { FINAL_CHECK } from "./constants";
import { drawFits, drawSchema, type Draw } from "./draw";
import { lockMemberModule } from "./lock-member-module";
import { answersSchema, checkRefSchema } from "./schemas";
import { scoreCheck, type Answers, type CheckScore } from "./score";
import { syncModuleProgress } from "./sync-module-progress";

export type SubmitCheckResult =
  | { ok: true; score: CheckScore }
  | { ok: false; fieldErrors: Record<string, string>; message: string };

const refused = (message: string, fieldErrors: Record<string, string> = {}) => ({ ok: false as const, fieldErrors, message });

/**
 * Scores a knowledge check on the server and records the attempt; answers never reach the page
 * first. A practice check is answered whole; a final check answers her open draw (`drawId`), which
 * the submit closes.
 */
export async function submitCheck(ref: unknown, rawAnswers: Record<string, unknown>, drawId?: unknown): Promise<SubmitCheckResult> {
  const user = await requirePermission("learning:study");
  const parsedRef = checkRefSchema.safeParse(ref);
  const module = parsedRef.success ? await findModule(parsedRef.data.moduleSlug) : undefined;
  const check = parsedRef.success && module && Object.hasOwn(module.checks, parsedRef.data.checkId) ? module.checks[parsedRef.data.checkId] : undefined;
  if (!parsedRef.success || !module || !check) throw new NotFoundError("This knowledge check");
  const checkId = parsedRef.data.checkId;

  if (checkId !== FINAL_CHECK) {
    const answers = answersSchema(check).safeParse(rawAnswers);
    if (!answers.success) return refused("answerEvery", fieldErrorsOf(answers.error));
    const score = scoreCheck(check, answers.data);
    await (await db()).$transaction(async (tx) => {
      await lockMemberModule(tx, user.id, module.slug);
      await recordAttempt(tx, user.id, module, checkId, check, answers.data, score, null);
    });
    return { ok: true, score };
  }

  const openId = recordId.safeParse(drawId);
  // The attempt, its event, closing the draw, the module's completion and the summary row: one transaction.
  return (await db()).$transaction(async (tx) => {
    await lockMemberModule(tx, user.id, module.slug);
    const open = await tx.openCheckDraw.findUnique({ where: { userId_moduleSlug_checkId: { userId: user.id, moduleSlug: module.slug, checkId } } });
    // Submitted twice, from an old tab, or after the attempt was replaced.
    if (!open || !openId.success || open.id !== openId.data) return refused("attemptNotOpen");
    const draw = drawSchema.safeParse(open.draw);
    if (open.contentVersion !== check.version || !draw.success || !drawFits(check, draw.data)) {
      await tx.openCheckDraw.delete({ where: { id: open.id } });
      return refused("checkChanged");
    }
    const questionIds = draw.data.questions.map((q) => q.id);
    const answers = answersSchema(check, questionIds).safeParse(rawAnswers);
    if (!answers.success) return refused("answerEvery", fieldErrorsOf(answers.error));
    const score = scoreCheck(check, answers.data, questionIds);
    await recordAttempt(tx, user.id, module, checkId, check, answers.data, score, draw.data);
    await tx.openCheckDraw.delete({ where: { id: open.id } });
    if (score.passed) await completeModuleIfDone(tx, user.id, module);
    await syncModuleProgress(tx, user.id, module.slug);
    return { ok: true as const, score };
  });
}

async function recordAttempt(
  tx: Prisma.TransactionClient,
  userId: string,
  module: CourseModule,
  checkId: string,
  check: Check & { version: string },
  answers: Answers,
  score: CheckScore,
  draw: Draw | null,
) {
  await tx.checkAttempt.create({
    data: {
      userId,
      moduleSlug: module.slug,
      checkId,
      answers,
      ...(draw ? { draw } : {}),
      correctCount: score.correctCount,
      questionCount: score.questionCount,
      score: score.score,
      passed: score.passed,
      contentVersion: check.version,
    },
  });
  await tx.learningEvent.create({
    data: { userId, moduleSlug: module.slug, type: "CHECK_ATTEMPTED", data: { checkId, score: score.score, passed: score.passed } },
  });
}
