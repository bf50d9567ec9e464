import { requirePermission } from "@/lib/auth/current-user";
import type { CourseModule } from "@/lib/content/load";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { attemptPolicy, type AttemptPolicy } from "./attempt-policy";
import { FINAL_CHECK } from "./constants";
import { drawFits, drawSchema } from "./draw";
import { finalAttemptResult, type FinalAttemptResult } from "./final-attempt-result";
import { answersSchema } from "./schemas";
import { scoreCheck } from "./score";

/** A drawn question as the page shows it: texts and option ids, never which option is right. */
export type DrawnQuestion = { id: string; prompt: string; options: { id: string; text: string }[] };

export type { FinalAttemptResult, MissedQuestion } from "./final-attempt-result";

export type FinalCheckView = {
  /** Her open attempt, exactly as drawn when she started it. */
  open: { drawId: string; questions: DrawnQuestion[] } | null;
  /** She has an open attempt at an earlier version of the check: it will be discarded when she starts again. */
  changed: boolean;
  latest: FinalAttemptResult | null;
  policy: AttemptPolicy;
};

/** Everything the final-check page shows her, read without writing anything. */
export async function getFinalCheck(module: CourseModule, now = new Date()): Promise<FinalCheckView | null> {
  const user = await requirePermission("learning:study");
  const check = module.checks[FINAL_CHECK];
  if (!check) return null;
  const key = { userId: user.id, moduleSlug: module.slug, checkId: FINAL_CHECK };
  const prisma = await db();
  const [openRow, attempts] = await Promise.all([
    prisma.openCheckDraw.findUnique({ where: { userId_moduleSlug_checkId: key } }),
    prisma.checkAttempt.findMany({ where: key, orderBy: { createdAt: "desc" }, select: { passed: true, createdAt: true, answers: true, draw: true, contentVersion: true, score: true, correctCount: true, questionCount: true } }),
  ]);

  const drawn = openRow ? drawSchema.safeParse(openRow.draw) : null;
  const current = openRow !== null && drawn?.success === true && openRow.contentVersion === check.version && drawFits(check, drawn.data);
  const open =
    current && drawn?.success
      ? {
          drawId: openRow.id,
          questions: drawn.data.questions.map((d) => {
            const question = check.questions.find((q) => q.id === d.id)!;
            return { id: question.id, prompt: question.prompt, options: d.options.map((id) => ({ id, text: question.options.find((o) => o.id === id)!.text })) };
          }),
        }
      : null;

  return { open, changed: openRow !== null && !current, latest: latestResult(module, attempts[0]), policy: attemptPolicy(attempts, now, env.FINAL_CHECK_COOLDOWN_HOURS) };
}

type StoredAttempt = { passed: boolean; answers: unknown; draw: unknown; contentVersion: string; score: number; correctCount: number; questionCount: number };

/** Her last attempt's score, and for each question she missed the idea and lesson to revisit. */
function latestResult(module: CourseModule, attempt: StoredAttempt | undefined): FinalAttemptResult | null {
  if (!attempt) return null;
  const { score, correctCount, questionCount, passed } = attempt;
  const check = module.checks[FINAL_CHECK]!;
  const draw = drawSchema.safeParse(attempt.draw);
  // An attempt at an earlier version of the check keeps its score; its questions may have changed.
  if (attempt.contentVersion !== check.version || !draw.success || !drawFits(check, draw.data)) return { score, correctCount, questionCount, passed, missed: [] };
  const questionIds = draw.data.questions.map((q) => q.id);
  const answers = answersSchema(check, questionIds).safeParse(attempt.answers);
  if (!answers.success) return { score, correctCount, questionCount, passed, missed: [] };
  const { missed } = finalAttemptResult(module, check, scoreCheck(check, answers.data, questionIds));
  return { score, correctCount, questionCount, passed, missed };
}
