import { KnowledgeCheckForm } from "@/components/mdx/knowledge-check-form";
import { textAttributes } from "@/lib/content/course-language";
import type { CourseModule } from "@/lib/content/load";
import { FINAL_CHECK } from "@/lib/progress/constants";
import { submitCheckAction } from "../actions";

/**
 * Server side of a practice check: the questions without their answers. The page is built once for
 * everyone; her last attempt's feedback comes from LessonStateProvider, a new one with the answer.
 */
export function KnowledgeCheck({ module, checkId }: { module: CourseModule; checkId: string }) {
  // The final check is drawn per attempt and never shows per-option feedback: see final-check.tsx.
  const check = checkId === FINAL_CHECK ? undefined : module.checks[checkId];
  if (!check) return null;
  return (
    <KnowledgeCheckForm
      moduleSlug={module.slug}
      checkId={checkId}
      textLanguage={textAttributes(check.text)}
      title={check.title}
      passMark={check.passMark}
      questions={check.questions.map((q) => ({ id: q.id, prompt: q.prompt, options: q.options.map((o) => ({ id: o.id, text: o.text })) }))}
      action={submitCheckAction}
    />
  );
}
