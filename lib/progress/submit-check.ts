import { requirePermission } from "@/lib/auth/current-user";
import { findModule } from "@/lib/content/course";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/form-errors";
import { FINAL_CHECK } from "./constants";
import { lockMemberModule } from "./lock-member-module";
import { recordAttempt } from "./record-attempt";
import { answersSchema, checkRefSchema } from "./schemas";
import { scoreCheck, type CheckScore } from "./score";
import { submitFinalAttempt, type FinalAttemptRefusal } from "./submit-final-attempt";

export type SubmitCheckResult =
  | { ok: true; score: CheckScore }
  | { ok: false; fieldErrors: Record<string, string>; message: string }
  | FinalAttemptRefusal;

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

  if (checkId === FINAL_CHECK) {
    return (await db()).$transaction((tx) => submitFinalAttempt(tx, user.id, module, check, drawId, rawAnswers));
  }
  const answers = answersSchema(check).safeParse(rawAnswers);
  if (!answers.success) return { ok: false, fieldErrors: fieldErrorsOf(answers.error), message: "answerEvery" };
  const score = scoreCheck(check, answers.data);
  await (await db()).$transaction(async (tx) => {
    await lockMemberModule(tx, user.id, module.slug);
    await recordAttempt(tx, user.id, module, checkId, check, answers.data, score, null);
  });
  return { ok: true, score };
}
