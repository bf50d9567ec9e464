import { requirePermission } from "@/lib/auth/current-user";
import { getCourse } from "@/lib/content/course";
import { db } from "@/lib/db/client";

export type ModuleOverviewRow = { slug: string; title: string; started: number; completed: number };

/** Network-wide: how many members started and completed each module. */
export async function getModuleOverview(): Promise<ModuleOverviewRow[]> {
  await requirePermission("reports:read");
  const prisma = await db();
  const [course, started, completed] = await Promise.all([
    getCourse(),
    prisma.$queryRaw<{ moduleSlug: string; n: bigint }[]>`
      SELECT "moduleSlug", COUNT(DISTINCT "userId") AS n FROM "LessonProgress" GROUP BY "moduleSlug"`,
    prisma.moduleCompletion.groupBy({ by: ["moduleSlug"], _count: { _all: true } }),
  ]);
  const startedBy = new Map(started.map((row) => [row.moduleSlug, Number(row.n)]));
  const completedBy = new Map(completed.map((row) => [row.moduleSlug, row._count._all]));
  return course.modules.map((module) => ({
    slug: module.slug,
    title: module.frontmatter.title,
    started: startedBy.get(module.slug) ?? 0,
    completed: completedBy.get(module.slug) ?? 0,
  }));
}
