import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { CourseModule, Lesson } from "@/lib/content/load";
import { lockMemberModule } from "./lock-member-module";
import { syncModuleProgress } from "./sync-module-progress";

/**
 * Notes that the member opened a lesson: the "resume where she left off" pointer. An idempotent
 * update of lastViewedAt, not an event row per page view, so reading does not grow the database.
 */
export async function recordLessonView(module: CourseModule, lesson: Lesson): Promise<void> {
  const user = await requirePermission("learning:study");
  const key = { userId: user.id, moduleSlug: module.slug, lessonSlug: lesson.slug };
  await (await db()).$transaction(async (tx) => {
    await lockMemberModule(tx, user.id, module.slug);
    // A non-empty update makes Prisma emit INSERT ... ON CONFLICT, which is safe under concurrency.
    await tx.lessonProgress.upsert({
      where: { userId_moduleSlug_lessonSlug: key },
      create: { ...key, contentVersion: lesson.version },
      update: { lastViewedAt: new Date() },
    });
    await syncModuleProgress(tx, user.id, module.slug);
  });
}
