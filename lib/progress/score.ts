import type { Check } from "@/lib/content/schemas";

export type Answers = Record<string, number>;

export type QuestionResult = { questionId: string; chosen: number; correct: boolean; feedback: string };

export type CheckScore = {
  results: QuestionResult[];
  correctCount: number;
  questionCount: number;
  /** Whole percent, rounded down so 79.9 % never passes an 80 % mark. */
  score: number;
  passed: boolean;
};

/** Scores answers (question id to option index) against a check. Every question must be answered. */
export function scoreCheck(check: Check, answers: Answers): CheckScore {
  const results = check.questions.map((question) => {
    const chosen = answers[question.id];
    const option = chosen === undefined ? undefined : question.options[chosen];
    if (chosen === undefined || !option) throw new RangeError(`No valid answer for question ${question.id}`);
    return { questionId: question.id, chosen, correct: option.correct === true, feedback: option.feedback };
  });
  const correctCount = results.filter((result) => result.correct).length;
  const score = Math.floor((correctCount * 100) / results.length);
  return {
    results,
    correctCount,
    questionCount: results.length,
    score,
    passed: check.passMark === undefined ? correctCount === results.length : score >= check.passMark,
  };
}
