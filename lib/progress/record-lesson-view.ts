import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { CourseModule, Lesson } from "@/lib/content/load";
import { syncModuleProgress } from "./sync-module-progress";

/** Notes that the member opened a lesson: the "resume where she left off" pointer. */
export async function recordLessonView(module: CourseModule, lesson: Lesson): Promise<void> {
  const user = await requirePermission("learning:study");
  const prisma = await db();
  const key = { userId: user.id, moduleSlug: module.slug, lessonSlug: lesson.slug };
  // A non-empty update makes Prisma emit INSERT ... ON CONFLICT, which is safe under concurrency.
  await prisma.lessonProgress.upsert({
    where: { userId_moduleSlug_lessonSlug: key },
    create: { ...key, contentVersion: lesson.version },
    update: { lastViewedAt: new Date() },
  });
  await prisma.learningEvent.create({ data: { ...key, type: "LESSON_VIEWED" } });
  await syncModuleProgress(prisma, user.id, module.slug);
}
