import type { CourseModule } from "@/lib/content/load";

export type ProgressRow = { lessonSlug: string; completedAt: Date | null; lastViewedAt: Date; contentVersion: string };

export type ModuleStatus = "not-started" | "in-progress" | "completed";

export type ModuleSummary = {
  lessonsDone: number;
  lessonsTotal: number;
  finalPassed: boolean;
  status: ModuleStatus;
  /** Where "continue" takes her: the lesson she was last reading, else the next step not done. */
  resumeHref: string;
  /** Lessons completed on an earlier version of their text. */
  changedLessons: string[];
};

export function summariseModule(
  module: CourseModule,
  rows: ProgressRow[],
  finalPassed: boolean,
  completed: boolean,
): ModuleSummary {
  const bySlug = new Map(rows.map((row) => [row.lessonSlug, row]));
  const lessons = module.lessons.map((lesson) => ({ lesson, row: bySlug.get(lesson.slug) }));
  const done = lessons.filter(({ row }) => row?.completedAt);
  const base = `/learn/${module.slug}`;

  const lastOpenUnfinished = lessons
    .filter(({ row }) => row && !row.completedAt)
    .sort((a, b) => b.row!.lastViewedAt.getTime() - a.row!.lastViewedAt.getTime())[0];
  const firstUnfinished = lessons.find(({ row }) => !row?.completedAt);
  const target = lastOpenUnfinished ?? firstUnfinished;
  const resumeHref = completed
    ? base
    : target
      ? `${base}/${target.lesson.slug}`
      : `${base}/check`;

  return {
    lessonsDone: done.length,
    lessonsTotal: module.lessons.length,
    finalPassed,
    status: completed ? "completed" : rows.length > 0 || finalPassed ? "in-progress" : "not-started",
    resumeHref,
    changedLessons: done.filter(({ lesson, row }) => row!.contentVersion !== lesson.version).map(({ lesson }) => lesson.slug),
  };
}

/** A due date is overdue from the day after it, in UTC, unless the module is complete. */
export function isOverdue(dueOn: Date | null, status: ModuleStatus, now: Date): boolean {
  if (!dueOn || status === "completed") return false;
  return now.toISOString().slice(0, 10) > dueOn.toISOString().slice(0, 10);
}
