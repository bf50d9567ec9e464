import { KnowledgeCheckForm, type CheckResult } from "@/components/mdx/knowledge-check-form";
import type { CourseModule } from "@/lib/content/load";
import { FINAL_CHECK } from "@/lib/progress/constants";
import { getLatestAttempt } from "@/lib/progress/get-latest-attempt";
import { submitCheckAction } from "../actions";

/** Server side of a practice check: strips the answers, adds feedback only for her last attempt. */
export async function KnowledgeCheck({ module, checkId }: { module: CourseModule; checkId: string }) {
  // The final check is drawn per attempt and never shows per-option feedback: see final-check.tsx.
  const check = checkId === FINAL_CHECK ? undefined : module.checks[checkId];
  if (!check) return null;
  const attempt = await getLatestAttempt(module.slug, checkId, check);
  const result: CheckResult | null = attempt && {
    score: attempt.score,
    correctCount: attempt.correctCount,
    questionCount: attempt.questionCount,
    passed: attempt.passed,
    feedback: Object.fromEntries(attempt.results.map((r) => [r.questionId, { chosen: r.chosen, correct: r.correct, feedback: r.feedback }])),
  };
  return (
    <KnowledgeCheckForm
      moduleSlug={module.slug}
      checkId={checkId}
      title={check.title}
      passMark={check.passMark}
      questions={check.questions.map((q) => ({ id: q.id, prompt: q.prompt, options: q.options.map((o) => ({ id: o.id, text: o.text })) }))}
      result={result}
      action={submitCheckAction}
    />
  );
}
