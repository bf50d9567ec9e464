import type { Prisma } from "@/lib/generated/prisma/client";
import type { CourseModule } from "@/lib/content/load";
import { FINAL_CHECK } from "./constants";

/**
 * Records the module as complete when every lesson is complete and the final check is passed,
 * inside the caller's transaction (which holds the member-and-module lock). Safe to call any number
 * of times: completion is inserted with ON CONFLICT DO NOTHING, and the event is written only by
 * the call that inserted it.
 */
export async function completeModuleIfDone(tx: Prisma.TransactionClient, userId: string, module: CourseModule): Promise<boolean> {
  const completedLessons = await tx.lessonProgress.count({
    where: {
      userId,
      moduleSlug: module.slug,
      lessonSlug: { in: module.lessons.map((lesson) => lesson.slug) },
      completedAt: { not: null },
    },
  });
  const passedAttempt = await tx.checkAttempt.findFirst({
    where: { userId, moduleSlug: module.slug, checkId: FINAL_CHECK, passed: true },
    select: { id: true },
  });
  if (completedLessons < module.lessons.length || !passedAttempt) return false;
  const { count } = await tx.moduleCompletion.createMany({
    data: [{ userId, moduleSlug: module.slug }],
    skipDuplicates: true,
  });
  if (count === 1) {
    await tx.learningEvent.create({ data: { userId, moduleSlug: module.slug, type: "MODULE_COMPLETED" } });
  }
  return count === 1;
}
