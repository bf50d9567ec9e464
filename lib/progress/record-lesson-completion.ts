import type { CourseModule, Lesson } from "@/lib/content/load";
import type { Prisma } from "@/lib/generated/prisma/client";
import { completeModuleIfDone } from "./complete-module";
import { lockMemberModule } from "./lock-member-module";
import { syncModuleProgress } from "./sync-module-progress";

/**
 * Marks a lesson complete once, inside the caller's transaction: the completion, its event, the
 * module's completion and the summary row. Shared by the lesson page and the offline queue, so
 * both follow one rule. The server's clock stamps the completion; `eventData` adds what the caller
 * knows besides (an offline send's own time) to the event only.
 */
export async function recordLessonCompletion(
  tx: Prisma.TransactionClient,
  userId: string,
  module: CourseModule,
  lesson: Lesson,
  eventData: Record<string, string> = {},
): Promise<void> {
  // Re-entrant: a caller that already holds the lock (the offline queue) takes it again harmlessly.
  await lockMemberModule(tx, userId, module.slug);
  const key = { userId, moduleSlug: module.slug, lessonSlug: lesson.slug };
  const now = new Date();
  // A non-empty update makes Prisma emit INSERT ... ON CONFLICT, which is safe under concurrency.
  await tx.lessonProgress.upsert({
    where: { userId_moduleSlug_lessonSlug: key },
    create: { ...key, contentVersion: lesson.version },
    update: { lastViewedAt: now },
  });
  // The first completion keeps its date; a re-read after an edit records the new version.
  const first = await tx.lessonProgress.updateMany({
    where: { ...key, completedAt: null },
    data: { completedAt: now, contentVersion: lesson.version },
  });
  const reread = await tx.lessonProgress.updateMany({
    where: { ...key, completedAt: { not: null }, contentVersion: { not: lesson.version } },
    data: { contentVersion: lesson.version },
  });
  if (first.count + reread.count > 0) {
    await tx.learningEvent.create({ data: { ...key, type: "LESSON_COMPLETED", data: { ...eventData, version: lesson.version } } });
  }
  await completeModuleIfDone(tx, userId, module);
  await syncModuleProgress(tx, userId, module.slug);
}
