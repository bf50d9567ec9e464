import { requirePermission } from "@/lib/auth/current-user";
import { getCourse } from "@/lib/content/course";
import type { ModuleFrontmatter } from "@/lib/content/schemas";
import type { TextOrigin } from "@/lib/content/translations";
import { db } from "@/lib/db/client";
import { FINAL_CHECK } from "./constants";
import { isOverdue, summariseModule, type ModuleSummary } from "./summary";

export type MyModule = ModuleSummary & {
  slug: string;
  title: string;
  summary: string;
  /** The language of the title and summary. */
  text: TextOrigin;
  principle: ModuleFrontmatter["principle"];
  estimatedMinutes: number;
  dueOn: Date | null;
  assigned: boolean;
  overdue: boolean;
  completedAt: Date | null;
};

/** "My learning": every module with her progress, titled in `locale`; assigned ones first, soonest due first. */
export async function getMyLearning(locale = "en", now = new Date()): Promise<MyModule[]> {
  const user = await requirePermission("learning:study");
  const prisma = await db();
  const [course, rows, passed, completions, assignments] = await Promise.all([
    getCourse(locale),
    prisma.lessonProgress.findMany({
      where: { userId: user.id },
      select: { moduleSlug: true, lessonSlug: true, completedAt: true, lastViewedAt: true, contentVersion: true },
    }),
    prisma.checkAttempt.findMany({
      where: { userId: user.id, checkId: FINAL_CHECK, passed: true },
      select: { moduleSlug: true },
      distinct: ["moduleSlug"],
    }),
    prisma.moduleCompletion.findMany({ where: { userId: user.id }, select: { moduleSlug: true, completedAt: true } }),
    // A member in two cohorts sees each module once, with the earliest due date.
    prisma.moduleAssignment.groupBy({
      by: ["moduleSlug"],
      where: { cohort: { archivedAt: null, members: { some: { userId: user.id } } } },
      _min: { dueOn: true },
    }),
  ]);
  const passedSet = new Set(passed.map((row) => row.moduleSlug));
  const completedAt = new Map(completions.map((row) => [row.moduleSlug, row.completedAt]));
  const due = new Map(assignments.map((row) => [row.moduleSlug, row._min.dueOn]));

  const modules = course.modules.map((module): MyModule => {
    const summary = summariseModule(
      module,
      rows.filter((row) => row.moduleSlug === module.slug),
      passedSet.has(module.slug),
      completedAt.has(module.slug),
    );
    const dueOn = due.get(module.slug) ?? null;
    return {
      ...summary,
      slug: module.slug,
      title: module.frontmatter.title,
      summary: module.frontmatter.summary,
      text: module.text,
      principle: module.frontmatter.principle,
      estimatedMinutes: module.frontmatter.estimatedMinutes,
      dueOn,
      assigned: due.has(module.slug),
      overdue: isOverdue(dueOn, summary.status, now),
      completedAt: completedAt.get(module.slug) ?? null,
    };
  });
  const rank = (m: MyModule) => (m.assigned ? (m.dueOn?.getTime() ?? Number.MAX_SAFE_INTEGER) : Infinity);
  return modules.sort((a, b) => rank(a) - rank(b));
}
