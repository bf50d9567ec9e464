import type { Question } from "@/lib/content/schemas";
import type { CorePrinciple, DrawnQuestion } from "./draw";

export type PrincipleResult = { right: number; of: number };
export type SittingResults = Partial<Record<CorePrinciple, PrincipleResult>>;

/** Right answers per core principle, scored by option id. Every drawn question must be answered. */
export function scoreSitting(
  questions: (DrawnQuestion & { question: Question })[],
  answers: Record<string, string>,
): { results: SittingResults; score: number } {
  const results: SittingResults = {};
  let right = 0;
  for (const { questionId, principle, question } of questions) {
    const chosen = question.options.find((option) => option.id === answers[questionId]);
    if (!chosen) throw new RangeError(`No valid answer for question ${questionId}`);
    const entry = (results[principle] ??= { right: 0, of: 0 });
    entry.of += 1;
    if (chosen.correct) {
      entry.right += 1;
      right += 1;
    }
  }
  return { results, score: questions.length ? Math.floor((right * 100) / questions.length) : 0 };
}

/** Her change per principle from the first sitting to the second, in percentage points. */
export function changeByPrinciple(pre: SittingResults, post: SittingResults) {
  const share = (result?: PrincipleResult) => (result && result.of > 0 ? Math.round((result.right * 100) / result.of) : null);
  return (Object.keys(post) as CorePrinciple[]).map((principle) => {
    const before = share(pre[principle]);
    const after = share(post[principle]);
    return { principle, before, after, change: before === null || after === null ? null : after - before };
  });
}
