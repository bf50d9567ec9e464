import type { CheckResult } from "@/components/mdx/knowledge-check-form";
import type { Check, Question } from "@/lib/content/schemas";

/** Question id to the chosen option's id. */
export type Answers = Record<string, string>;

export type QuestionResult = { questionId: string; chosen: string; correct: boolean; feedback: string };

export type CheckScore = {
  results: QuestionResult[];
  correctCount: number;
  questionCount: number;
  /** Whole percent, rounded down so 79.9 % never passes an 80 % mark. */
  score: number;
  passed: boolean;
};

/**
 * Scores answers (question id to option id) against a check: every question of the check, or for a
 * final check the questions of her draw. Every one of them must be answered with one of its options.
 */
export function scoreCheck(check: Check, answers: Answers, questionIds?: readonly string[]): CheckScore {
  const questions: Question[] = questionIds
    ? questionIds.map((id) => {
        const question = check.questions.find((q) => q.id === id);
        if (!question) throw new RangeError(`No question ${id} in this check`);
        return question;
      })
    : check.questions;
  const results = questions.map((question) => {
    const chosen = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    const option = question.options.find((o) => o.id === chosen);
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

/**
 * A scored practice attempt as the check shows it: per-question choice, correctness and feedback.
 * Scored against the English check; `shown` is the same check in her language, whose feedback is
 * found by question and option id (a translation has the English ids: lib/content/translations.ts).
 */
export function checkResultOf(attempt: CheckScore, shown?: Check): CheckResult {
  const feedbackOf = (r: QuestionResult) =>
    shown?.questions.find((q) => q.id === r.questionId)?.options.find((o) => o.id === r.chosen)?.feedback ?? r.feedback;
  return {
    score: attempt.score,
    correctCount: attempt.correctCount,
    questionCount: attempt.questionCount,
    passed: attempt.passed,
    feedback: Object.fromEntries(attempt.results.map((r) => [r.questionId, { chosen: r.chosen, correct: r.correct, feedback: feedbackOf(r) }])),
  };
}
