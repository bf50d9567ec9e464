import { requirePermission } from "@/lib/auth/current-user";
import type { Check } from "@/lib/content/schemas";
import { db } from "@/lib/db/client";
import { answersSchema } from "./schemas";
import { scoreCheck, type Answers, type CheckScore } from "./score";

export type LatestAttempt = CheckScore & { at: Date; answers: Answers };

/**
 * Her most recent attempt at a practice check, re-scored against the check as it is now, so the
 * feedback shown after a submit (with or without JavaScript) always comes from the server. An
 * attempt at an earlier version of the check is not shown: its questions may have changed.
 */
export async function getLatestAttempt(
  moduleSlug: string,
  checkId: string,
  check: Check & { version: string },
): Promise<LatestAttempt | null> {
  const user = await requirePermission("learning:study");
  const attempt = await (await db()).checkAttempt.findFirst({
    where: { userId: user.id, moduleSlug, checkId },
    orderBy: { createdAt: "desc" },
    select: { answers: true, createdAt: true, contentVersion: true },
  });
  if (!attempt || attempt.contentVersion !== check.version) return null;
  const answers = answersSchema(check).safeParse(attempt.answers);
  if (!answers.success) return null;
  return { ...scoreCheck(check, answers.data), at: attempt.createdAt, answers: answers.data };
}
