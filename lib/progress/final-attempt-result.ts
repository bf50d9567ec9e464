import type { CourseModule } from "@/lib/content/load";
import type { Check } from "@/lib/content/schemas";
import type { CheckScore } from "./score";

/** A missed question as a failed attempt shows it: what to revisit, not the right option. */
export type MissedQuestion = { questionId: string; idea?: string; revisit?: { slug: string; title: string } };

export type FinalAttemptResult = { score: number; correctCount: number; questionCount: number; passed: boolean; missed: MissedQuestion[] };

/** A scored final attempt as she sees it: the score, and for each question missed the idea and lesson to revisit. */
export function finalAttemptResult(module: CourseModule, check: Check, score: CheckScore): FinalAttemptResult {
  const missed = score.results
    .filter((result) => !result.correct)
    .map((result) => {
      const question = check.questions.find((q) => q.id === result.questionId)!;
      const lesson = module.lessons.find((l) => l.slug === question.revisit);
      return { questionId: question.id, idea: question.idea, revisit: lesson && { slug: lesson.slug, title: lesson.frontmatter.title } };
    });
  return { score: score.score, correctCount: score.correctCount, questionCount: score.questionCount, passed: score.passed, missed };
}
