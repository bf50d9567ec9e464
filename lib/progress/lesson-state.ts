import type { CheckResult } from "@/components/mdx/knowledge-check-form";
import { findLesson, findModule } from "@/lib/content/course";
import { NotFoundError } from "@/lib/errors";
import { FINAL_CHECK } from "./constants";
import { getLatestAttempt } from "./get-latest-attempt";
import { getModuleProgress } from "./get-module-progress";
import { checkResultOf } from "./score";
import { recordLessonView } from "./record-lesson-view";
import { getReflection } from "./save-reflection";
import { lessonRefSchema } from "./schemas";

/** What of a lesson page is hers: the page itself is built once for everyone. */
export type LessonMemberState = {
  completed: boolean;
  changedSinceCompleted: boolean;
  /** Her last attempt at each practice check in the lesson, with its feedback. */
  checks: Record<string, CheckResult>;
  /** Her saved note for each reflection prompt in the lesson. */
  reflections: Record<string, string>;
};

const idsOf = (component: string, body: string) => [...body.matchAll(new RegExp(`<${component}\\s[^>]*id="([^"]+)"`, "g"))].map((match) => match[1]!);

/** Her state on opening a lesson, recorded as her "resume here" point at the same time; feedback in `locale`. */
export async function openLesson(input: unknown, locale = "en"): Promise<LessonMemberState> {
  const parsed = lessonRefSchema.safeParse(input);
  const found = parsed.success ? await findLesson(parsed.data.moduleSlug, parsed.data.lessonSlug) : undefined;
  if (!found) throw new NotFoundError("This lesson");
  const { module, lesson } = found;
  await recordLessonView(module, lesson);
  const checkIds = idsOf("KnowledgeCheck", lesson.body).filter((id) => id !== FINAL_CHECK && module.checks[id]);
  const promptIds = idsOf("Reflection", lesson.body);
  const [shown, progress, attempts, notes] = await Promise.all([
    findModule(module.slug, locale),
    getModuleProgress(module),
    Promise.all(checkIds.map((id) => getLatestAttempt(module.slug, id, module.checks[id]!))),
    Promise.all(promptIds.map((id) => getReflection(module.slug, id))),
  ]);
  const state = progress.lessons[lesson.slug];
  const checks: Record<string, CheckResult> = {};
  checkIds.forEach((id, index) => {
    const attempt = attempts[index];
    if (attempt) checks[id] = checkResultOf(attempt, shown?.checks[id]);
  });
  return {
    completed: Boolean(state?.completedAt) && !state?.changedSinceCompleted,
    changedSinceCompleted: Boolean(state?.changedSinceCompleted),
    checks,
    reflections: Object.fromEntries(promptIds.map((id, index) => [id, notes[index] ?? ""])),
  };
}
