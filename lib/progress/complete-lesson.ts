import { requirePermission } from "@/lib/auth/current-user";
import { findLesson } from "@/lib/content/course";
import type { CourseModule } from "@/lib/content/load";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { openLesson, type LessonMemberState } from "./lesson-state";
import { recordLessonCompletion } from "./record-lesson-completion";
import { lessonRefSchema } from "./schemas";

export type CompleteLessonResult = { nextHref: string };

/**
 * Marks a lesson complete once (a second click changes nothing) and says where to go next. The
 * completion, its event, the module's completion and the summary row are one transaction: a crash
 * or a database restart midway leaves none of them.
 */
export async function completeLesson(input: unknown): Promise<CompleteLessonResult> {
  const { module, index } = await recordCompletion(input);
  return { nextHref: nextHrefAfter(module, index) };
}

/** The signed-in member's completion of the lesson `input` names, in one transaction; that lesson. */
async function recordCompletion(input: unknown) {
  const user = await requirePermission("learning:study");
  const found = await findLessonOrThrow(input);
  await (await db()).$transaction((tx) => recordLessonCompletion(tx, user.id, found.module, found.lesson));
  return found;
}

/** Her state in the lesson she goes to next, opened for her; null after a module's last lesson. */
export type CompletedLesson = CompleteLessonResult & { next: { moduleSlug: string; lessonSlug: string; state: LessonMemberState } | null };

/**
 * Completing a lesson from the page's script: the next lesson is opened for her at the same time
 * (its "resume here" point recorded, her state in it returned), so the next page, built once for
 * everyone, needs no second request for her part: one round trip fewer on a slow connection.
 */
export async function completeLessonAndOpenNext(input: unknown, locale = "en"): Promise<CompletedLesson> {
  const { module, index } = await recordCompletion(input);
  const nextHref = nextHrefAfter(module, index);
  const next = module.lessons[index + 1];
  if (!next) return { nextHref, next: null };
  const ref = { moduleSlug: module.slug, lessonSlug: next.slug };
  return { nextHref, next: { ...ref, state: await openLesson(ref, locale) } };
}

/** The lesson a `{ moduleSlug, lessonSlug }` names, or not found. */
export async function findLessonOrThrow(input: unknown) {
  const parsed = lessonRefSchema.safeParse(input);
  const found = parsed.success ? await findLesson(parsed.data.moduleSlug, parsed.data.lessonSlug) : undefined;
  if (!found) throw new NotFoundError("This lesson");
  return found;
}

/** Where a member goes after completing the lesson at `index`: the next lesson, or the module's check. */
export function nextHrefAfter(module: CourseModule, index: number): string {
  const next = module.lessons[index + 1];
  return next ? `/learn/${module.slug}/${next.slug}` : `/learn/${module.slug}/check`;
}
