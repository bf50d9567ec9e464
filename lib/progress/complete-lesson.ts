import { requirePermission } from "@/lib/auth/current-user";
import { findLesson } from "@/lib/content/course";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { completeModuleIfDone } from "./complete-module";
import { lockMemberModule } from "./lock-member-module";
import { lessonRefSchema } from "./schemas";
import { syncModuleProgress } from "./sync-module-progress";

export type CompleteLessonResult = { nextHref: string };

/**
 * Marks a lesson complete once (a second click changes nothing) and says where to go next. The
 * completion, its event, the module's completion and the summary row are one transaction: a crash
 * or a database restart midway leaves none of them.
 */
export async function completeLesson(input: unknown): Promise<CompleteLessonResult> {
  const user = await requirePermission("learning:study");
  const parsed = lessonRefSchema.safeParse(input);
  const found = parsed.success ? await findLesson(parsed.data.moduleSlug, parsed.data.lessonSlug) : undefined;
  if (!found) throw new NotFoundError("This lesson");
  const { module, lesson, index } = found;
  const key = { userId: user.id, moduleSlug: module.slug, lessonSlug: lesson.slug };
  await (await db()).$transaction(async (tx) => {
    await lockMemberModule(tx, user.id, module.slug);
    const now = new Date();
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
      await tx.learningEvent.create({ data: { ...key, type: "LESSON_COMPLETED", data: { version: lesson.version } } });
    }
    await completeModuleIfDone(tx, user.id, module);
    await syncModuleProgress(tx, user.id, module.slug);
  });
  const next = module.lessons[index + 1];
  return { nextHref: next ? `/learn/${module.slug}/${next.slug}` : `/learn/${module.slug}/check` };
}
