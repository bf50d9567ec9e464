import { findModule } from "@/lib/content/course";
import { NotFoundError } from "@/lib/errors";
import { getModuleProgress } from "./get-module-progress";
import type { ModuleStatus } from "./summary";
import { moduleRefSchema } from "./schemas";

/** What of a module page is hers: the page itself is built once for everyone. Dates as ISO text. */
export type ModuleMemberState = {
  status: ModuleStatus;
  completedAt: string | null;
  lessonsDone: number;
  lessonsTotal: number;
  finalPassed: boolean;
  bestFinalScore: number | null;
  resumeHref: string;
  lessons: Record<string, { done: boolean; updated: boolean }>;
};

export async function openModule(input: unknown): Promise<ModuleMemberState> {
  const parsed = moduleRefSchema.safeParse(input);
  const module = parsed.success ? await findModule(parsed.data.moduleSlug) : undefined;
  if (!module) throw new NotFoundError("This module");
  const progress = await getModuleProgress(module);
  return {
    status: progress.status,
    completedAt: progress.completedAt?.toISOString() ?? null,
    lessonsDone: progress.lessonsDone,
    lessonsTotal: progress.lessonsTotal,
    finalPassed: progress.finalPassed,
    bestFinalScore: progress.bestFinalScore,
    resumeHref: progress.resumeHref,
    lessons: Object.fromEntries(
      Object.entries(progress.lessons).map(([slug, state]) => [slug, { done: state.completedAt !== null, updated: state.changedSinceCompleted }]),
    ),
  };
}
