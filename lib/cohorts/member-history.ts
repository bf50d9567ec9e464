import { requirePermission } from "@/lib/auth/current-user";
import { getCourse } from "@/lib/content/course";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { findScopedCohort } from "./access";

/** A member's lesson-by-lesson history, for a trainer of one of her cohorts (or a coordinator). */
export async function getMemberHistory(cohortId: string, userId: string) {
  const user = await requirePermission("cohorts:manage-own");
  const cohort = await findScopedCohort(user, cohortId);
  const prisma = await db();
  const membership = await prisma.cohortMember.findUnique({
    where: { cohortId_userId: { cohortId: cohort.id, userId } },
    select: { enrolledAt: true, user: { select: { displayName: true, sector: true, passwordHash: true } } },
  });
  if (!membership) throw new NotFoundError("This member");
  const [course, progress, attempts, completions] = await Promise.all([
    getCourse(),
    prisma.lessonProgress.findMany({
      where: { userId },
      select: { moduleSlug: true, lessonSlug: true, startedAt: true, completedAt: true, lastViewedAt: true },
    }),
    prisma.checkAttempt.findMany({
      where: { userId, checkId: "final" },
      orderBy: { createdAt: "asc" },
      select: { moduleSlug: true, score: true, passed: true, createdAt: true },
    }),
    prisma.moduleCompletion.findMany({ where: { userId }, select: { moduleSlug: true, completedAt: true } }),
  ]);
  const modules = course.modules
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
