import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getCourse } from "@/lib/content/course";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { findScopedCohort } from "./access";

/**
 * A member's lesson-by-lesson history, for a trainer of one of her cohorts (or a coordinator).
 * A trainer sees only the modules assigned to the cohorts she runs that this member is in: what
 * else the member studies (on her own, or in someone else's cohort) is not her trainer's business.
 * Coordinators, who follow the whole network, see every module.
 */
export async function getMemberHistory(cohortId: string, userId: string) {
  const user = await requirePermission("cohorts:manage-own");
  const cohort = await findScopedCohort(user, cohortId);
  const prisma = await db();
  const membership = await prisma.cohortMember.findUnique({
    where: { cohortId_userId: { cohortId: cohort.id, userId } },
    select: { enrolledAt: true, user: { select: { displayName: true, sector: true, passwordHash: true } } },
  });
  if (!membership) throw new NotFoundError("This member");
  const visible = can(user.role, "cohorts:manage-all")
    ? undefined
    : (
        await prisma.moduleAssignment.findMany({
          where: { cohort: { trainers: { some: { userId: user.id } }, members: { some: { userId } } } },
          select: { moduleSlug: true },
          distinct: ["moduleSlug"],
        })
      ).map((assignment) => assignment.moduleSlug);
  const moduleSlug = visible ? { in: visible } : undefined;
  const [course, progress, attempts, completions] = await Promise.all([
    getCourse(),
    prisma.lessonProgress.findMany({
      where: { userId, moduleSlug },
      select: { moduleSlug: true, lessonSlug: true, startedAt: true, completedAt: true, lastViewedAt: true },
    }),
    prisma.checkAttempt.findMany({
      where: { userId, moduleSlug, checkId: "final" },
      orderBy: { createdAt: "asc" },
      select: { moduleSlug: true, score: true, passed: true, createdAt: true },
    }),
    prisma.moduleCompletion.findMany({ where: { userId, moduleSlug }, select: { moduleSlug: true, completedAt: true } }),
  ]);
  const modules = course.modules
    .filter((module) => !visible || visible.includes(module.slug))
    .map((module) => ({
      slug: module.slug,
      title: module.frontmatter.title,
      completedAt: completions.find((c) => c.moduleSlug === module.slug)?.completedAt ?? null,
      lessons: module.lessons.map((lesson) => {
        const row = progress.find((p) => p.moduleSlug === module.slug && p.lessonSlug === lesson.slug);
        return { slug: lesson.slug, title: lesson.frontmatter.title, startedAt: row?.startedAt ?? null, completedAt: row?.completedAt ?? null, lastViewedAt: row?.lastViewedAt ?? null };
      }),
      attempts: attempts.filter((a) => a.moduleSlug === module.slug).map(({ score, passed, createdAt }) => ({ score, passed, at: createdAt })),
    }))
    .filter((module) => module.lessons.some((l) => l.startedAt) || module.attempts.length > 0 || module.completedAt);
  return {
    cohort,
    member: {
      displayName: membership.user.displayName,
      sector: membership.user.sector,
      activated: membership.user.passwordHash !== null,
      enrolledAt: membership.enrolledAt,
    },
    modules,
  };
}
