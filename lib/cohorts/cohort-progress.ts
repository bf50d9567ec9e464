import { requirePermission } from "@/lib/auth/current-user";
import { getCourse } from "@/lib/content/course";
import { db } from "@/lib/db/client";
import type { Sector } from "@/lib/generated/prisma/enums";
import { FINAL_CHECK } from "@/lib/progress/constants";
import { isOverdue, type ModuleStatus } from "@/lib/progress/summary";
import { findScopedCohort } from "./access";
import { sortMembers, type MemberSort } from "./sort-members";

export type MemberModule = {
  status: ModuleStatus;
  lessonsDone: number;
  lessonsTotal: number;
  completedAt: Date | null;
  bestScore: number | null;
  overdue: boolean;
};

export type MemberRow = {
  userId: string;
  displayName: string;
  sector: Sector | null;
  /** The language she studies in: her account's, which the language switcher sets. */
  locale: string;
  /** False until she has used her invitation and set a password. */
  activated: boolean;
  lastActivity: Date | null;
  modules: Record<string, MemberModule>;
  overdueCount: number;
  completedCount: number;
};

/** One cohort as its trainer sees it: every member's progress in every assigned module. */
export async function getCohortProgress(cohortId: string, sort: MemberSort = "name", now = new Date()) {
  const user = await requirePermission("cohorts:manage-own");
  const cohort = await findScopedCohort(user, cohortId);
  const prisma = await db();
  const [course, trainers, assignments, members] = await Promise.all([
    getCourse(),
    prisma.cohortTrainer.findMany({ where: { cohortId }, select: { user: { select: { id: true, displayName: true } } } }),
    prisma.moduleAssignment.findMany({ where: { cohortId }, select: { moduleSlug: true, dueOn: true } }),
    prisma.cohortMember.findMany({
      where: { cohortId },
      select: { user: { select: { id: true, displayName: true, sector: true, locale: true, passwordHash: true } } },
    }),
  ]);
  const userIds = members.map((member) => member.user.id);
  const slugs = assignments.map((assignment) => assignment.moduleSlug);
  const [lessonCounts, lastSeen, completions, scores] = await Promise.all([
    prisma.lessonProgress.groupBy({
      by: ["userId", "moduleSlug"],
      where: { userId: { in: userIds }, moduleSlug: { in: slugs }, completedAt: { not: null } },
      _count: { _all: true },
    }),
    prisma.lessonProgress.groupBy({ by: ["userId"], where: { userId: { in: userIds } }, _max: { lastViewedAt: true } }),
    prisma.moduleCompletion.findMany({
      where: { userId: { in: userIds }, moduleSlug: { in: slugs } },
      select: { userId: true, moduleSlug: true, completedAt: true },
    }),
    prisma.checkAttempt.groupBy({
      by: ["userId", "moduleSlug"],
      where: { userId: { in: userIds }, moduleSlug: { in: slugs }, checkId: FINAL_CHECK },
      _max: { score: true },
    }),
  ]);
  const key = (userId: string, slug: string) => `${userId}/${slug}`;
  const done = new Map(lessonCounts.map((row) => [key(row.userId, row.moduleSlug), row._count._all]));
  const completed = new Map(completions.map((row) => [key(row.userId, row.moduleSlug), row.completedAt]));
  const best = new Map(scores.map((row) => [key(row.userId, row.moduleSlug), row._max.score]));
  const seen = new Map(lastSeen.map((row) => [row.userId, row._max.lastViewedAt]));
  const modules = assignments
    .map((assignment) => {
      const module = course.modules.find((m) => m.slug === assignment.moduleSlug);
      return module && { slug: module.slug, title: module.frontmatter.title, order: module.frontmatter.order, dueOn: assignment.dueOn, lessonsTotal: module.lessons.length };
    })
    .filter((module) => module !== undefined)
    .sort((a, b) => a.order - b.order);

  const rows: MemberRow[] = members.map(({ user: member }) => {
    const perModule = Object.fromEntries(
      modules.map((module) => {
        const k = key(member.id, module.slug);
        const completedAt = completed.get(k) ?? null;
        const lessonsDone = done.get(k) ?? 0;
        const bestScore = best.get(k) ?? null;
        const status: ModuleStatus = completedAt ? "completed" : lessonsDone > 0 || bestScore !== null ? "in-progress" : "not-started";
        return [module.slug, { status, lessonsDone, lessonsTotal: module.lessonsTotal, completedAt, bestScore, overdue: isOverdue(module.dueOn, status, now) }];
      }),
    );
    const values = Object.values(perModule);
    return {
      userId: member.id,
      displayName: member.displayName,
      sector: member.sector,
      locale: member.locale,
      activated: member.passwordHash !== null,
      lastActivity: seen.get(member.id) ?? null,
      modules: perModule,
      overdueCount: values.filter((m) => m.overdue).length,
      completedCount: values.filter((m) => m.status === "completed").length,
    };
  });
  return {
    cohort,
    trainers: trainers.map((t) => t.user),
    modules,
    members: sortMembers(rows, sort),
  };
}
