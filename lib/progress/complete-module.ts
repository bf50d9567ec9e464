import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CourseModule } from "@/lib/content/load";
import { FINAL_CHECK } from "./constants";

/**
 * Records the module as complete when every lesson is complete and the final check is passed.
 * Safe to call any number of times, concurrently too: completion is inserted with ON CONFLICT DO
 * NOTHING, and the event is written only by the call that inserted it.
 */
export async function completeModuleIfDone(prisma: PrismaClient, userId: string, module: CourseModule): Promise<boolean> {
  const [completedLessons, passedAttempt] = await Promise.all([
    prisma.lessonProgress.count({
      where: {
        userId,
        moduleSlug: module.slug,
        lessonSlug: { in: module.lessons.map((lesson) => lesson.slug) },
        completedAt: { not: null },
      },
    }),
    prisma.checkAttempt.findFirst({
      where: { userId, moduleSlug: module.slug, checkId: FINAL_CHECK, passed: true },
      select: { id: true },
    }),
  ]);
  if (completedLessons < module.lessons.length || !passedAttempt) return false;
  const { count } = await prisma.moduleCompletion.createMany({
    data: [{ userId, moduleSlug: module.slug }],
    skipDuplicates: true,
  });
  if (count === 1) {
    await prisma.learningEvent.create({ data: { userId, moduleSlug: module.slug, type: "MODULE_COMPLETED" } });
  }
  return count === 1;
}
