import type { CourseModule } from "@/lib/content/load";
import type { Check } from "@/lib/content/schemas";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Draw } from "./draw";
import type { Answers, CheckScore } from "./score";

/** Stores one scored attempt and its event, inside the caller's transaction. */
export async function recordAttempt(
  tx: Prisma.TransactionClient,
  userId: string,
  module: CourseModule,
  checkId: string,
  check: Check & { version: string },
  answers: Answers,
  score: CheckScore,
  draw: Draw | null,
  eventData: Record<string, string> = {},
): Promise<void> {
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
    data: { userId, moduleSlug: module.slug, type: "CHECK_ATTEMPTED", data: { ...eventData, checkId, score: score.score, passed: score.passed } },
  });
}
