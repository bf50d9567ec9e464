import { readFile } from "node:fs/promises";
import { requirePermission } from "@/lib/auth/current-user";
import { hitLimits } from "@/lib/auth/rate-limit";
import { findLesson } from "@/lib/content/course";
import { contentRoot } from "@/lib/content/load";
import { contentVersion, translationFileOf } from "@/lib/content/translations";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/form-errors";
import { translationReportSchema } from "./schemas";

// Enough for a careful reader who finds a problem in every lesson of a module in one sitting; not
// enough to bury the translators' list.
export const REPORT_LIMIT = { max: 30, windowMs: 24 * 60 * 60_000 };

export type ReportResult = { ok: true } | { ok: false; fieldErrors: Record<string, string>; message: string };

/**
 * Stores a member's report of a problem in the translation of a lesson into `locale`, with the hash
 * of the translated file she read. Not who sent it: the rate limit counts her sends under a hashed key.
 */
export async function reportTranslationProblem(input: Record<string, unknown>, locale: string, now = new Date()): Promise<ReportResult> {
  const user = await requirePermission("learning:study");
  const parsed = translationReportSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), message: "checkFields" };
  const { moduleSlug, lessonSlug, passage, comment } = parsed.data;
  const found = await findLesson(moduleSlug, lessonSlug, locale);
  if (!found) throw new NotFoundError("This lesson");
  if (locale === "en" || found.lesson.text.language !== locale) return { ok: false, fieldErrors: {}, message: "lessonNotTranslated" };
  const contentHash = contentVersion(await readFile(translationFileOf(contentRoot(), locale, found.lesson.file), "utf8"));
  return (await db()).$transaction(async (tx) => {
    if (!(await hitLimits(tx, [{ key: `translation-report:${user.id}`, max: REPORT_LIMIT.max }], REPORT_LIMIT.windowMs, now))) {
      return { ok: false, fieldErrors: {}, message: "throttled" };
    }
    await tx.translationReport.create({ data: { moduleSlug, lessonSlug, locale, contentHash, passage, comment, createdAt: now } });
    return { ok: true };
  });
}
