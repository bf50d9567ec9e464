import { requirePermission } from "@/lib/auth/current-user";
import type { CourseModule } from "@/lib/content/load";
import { db } from "@/lib/db/client";
import { FINAL_CHECK } from "./constants";
import { summariseModule, type ModuleSummary } from "./summary";

export type LessonState = { completedAt: Date | null; changedSinceCompleted: boolean };

export type ModuleProgress = ModuleSummary & {
  lessons: Record<string, LessonState>;
  completedAt: Date | null;
  bestFinalScore: number | null;
};

/** Her progress through one module, for its overview, lesson and check pages. */
export async function getModuleProgress(module: CourseModule): Promise<ModuleProgress> {
  const user = await requirePermission("learning:study");
  const prisma = await db();
  const [rows, best, passedCount, completion] = await Promise.all([
    prisma.lessonProgress.findMany({
      where: { userId: user.id, moduleSlug: module.slug },
      select: { lessonSlug: true, completedAt: true, lastViewedAt: true, contentVersion: true },
    }),
    prisma.checkAttempt.aggregate({
      where: { userId: user.id, moduleSlug: module.slug, checkId: FINAL_CHECK },
      _max: { score: true },
    }),
    prisma.checkAttempt.count({
      where: { userId: user.id, moduleSlug: module.slug, checkId: FINAL_CHECK, passed: true },
    }),
    prisma.moduleCompletion.findUnique({
      where: { userId_moduleSlug: { userId: user.id, moduleSlug: module.slug } },
      select: { completedAt: true },
    }),
  ]);
  const summary = summariseModule(module, rows, passedCount > 0, completion !== null);
  const changed = new Set(summary.changedLessons);
  return {
    ...summary,
    lessons: Object.fromEntries(
      rows.map((row) => [row.lessonSlug, { completedAt: row.completedAt, changedSinceCompleted: changed.has(row.lessonSlug) }]),
    ),
    completedAt: completion?.completedAt ?? null,
    bestFinalScore: best._max.score,
  };
}
