import type { CourseModule } from "@/lib/content/load";
import type { Check } from "@/lib/content/schemas";
import { env } from "@/lib/env";
import { fieldErrorsOf } from "@/lib/form-errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordId } from "@/lib/validation";
import { attemptPolicy } from "./attempt-policy";
import { completeModuleIfDone } from "./complete-module";
import { FINAL_CHECK } from "./constants";
import { drawFits, drawSchema } from "./draw";
import { lockMemberModule } from "./lock-member-module";
import { recordAttempt } from "./record-attempt";
import { answersSchema } from "./schemas";
import { scoreCheck, type CheckScore } from "./score";
import { syncModuleProgress } from "./sync-module-progress";

export type FinalAttemptRefusal = {
  ok: false;
  fieldErrors: Record<string, string>;
  message: "attemptNotOpen" | "checkChanged" | "checkCoolingDown" | "answerEvery";
  /** checkCoolingDown only: when she may try again. */
  until?: Date;
};

export type FinalAttemptOutcome = { ok: true; score: CheckScore } | FinalAttemptRefusal;

const refused = (message: FinalAttemptRefusal["message"], extra: Partial<FinalAttemptRefusal> = {}): FinalAttemptRefusal => ({ ok: false, fieldErrors: {}, message, ...extra });

/**
 * Answers her open final-check draw, inside the caller's transaction: the attempt, its event,
 * closing the draw, the module's completion and the summary row. Shared by the check page and the
 * offline queue. The attempt policy is applied here, when the answers arrive, and the attempt is
 * stamped with the server's clock, so a wait after a third failure counts from its arrival.
 */
export async function submitFinalAttempt(
  tx: Prisma.TransactionClient,
  userId: string,
  module: CourseModule,
  check: Check & { version: string },
  drawId: unknown,
  rawAnswers: Record<string, unknown>,
  eventData: Record<string, string> = {},
): Promise<FinalAttemptOutcome> {
  await lockMemberModule(tx, userId, module.slug);
  const key = { userId, moduleSlug: module.slug, checkId: FINAL_CHECK };
  const openId = recordId.safeParse(drawId);
  const open = await tx.openCheckDraw.findUnique({ where: { userId_moduleSlug_checkId: key } });
  // Submitted twice, from an old tab, after the attempt was replaced, or someone else's draw.
  if (!open || !openId.success || open.id !== openId.data) return refused("attemptNotOpen");
  const draw = drawSchema.safeParse(open.draw);
  if (open.contentVersion !== check.version || !draw.success || !drawFits(check, draw.data)) {
    await tx.openCheckDraw.delete({ where: { id: open.id } });
    return refused("checkChanged");
  }
  const attempts = await tx.checkAttempt.findMany({ where: key, select: { passed: true, createdAt: true } });
  const policy = attemptPolicy(attempts, new Date(), env.FINAL_CHECK_COOLDOWN_HOURS);
  if (!policy.canStart) return refused("checkCoolingDown", { until: policy.until });
  const questionIds = draw.data.questions.map((q) => q.id);
  const answers = answersSchema(check, questionIds).safeParse(rawAnswers);
  if (!answers.success) return refused("answerEvery", { fieldErrors: fieldErrorsOf(answers.error) });
  const score = scoreCheck(check, answers.data, questionIds);
  await recordAttempt(tx, userId, module, FINAL_CHECK, check, answers.data, score, draw.data, eventData);
  await tx.openCheckDraw.delete({ where: { id: open.id } });
  if (score.passed) await completeModuleIfDone(tx, userId, module);
  await syncModuleProgress(tx, userId, module.slug);
  return { ok: true, score };
}
