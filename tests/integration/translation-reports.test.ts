import { readFile } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { getCourse } from "@/lib/content/course";
import { contentRoot } from "@/lib/content/load";
import { contentVersion, translationFileOf } from "@/lib/content/translations";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { exportTranslationReportsCsv, listTranslationReports } from "@/lib/translation-reports/list-reports";
import { REPORT_LIMIT, reportTranslationProblem } from "@/lib/translation-reports/report-problem";
import { createUser } from "../setup/factories";
import { signInAs } from "../setup/session";

afterEach(() => signInAs(null));

/** A lesson the repository has in `locale`, and one it does not (English fallback). */
async function lessonsIn(locale: string) {
  const lessons = (await getCourse(locale)).modules.flatMap((module) => module.lessons.map((lesson) => ({ moduleSlug: module.slug, lessonSlug: lesson.slug, lesson })));
  return { translated: lessons.find(({ lesson }) => lesson.text.language === locale)!, english: lessons.find(({ lesson }) => lesson.text.language === "en") };
}

describe("reporting a translation problem", () => {
  it("stores the passage and comment with the lesson, its language and the hash of the translation she read, not who sent it", async () => {
    const member = await createUser("MEMBER");
    signInAs(member.id);
    const { translated } = await lessonsIn("ru");
    const before = await (await db()).translationReport.count();
    const result = await reportTranslationProblem({ moduleSlug: translated.moduleSlug, lessonSlug: translated.lessonSlug, passage: "  «неверные слова»  ", comment: "Should say \"proportionate\"." }, "ru");
    expect(result).toEqual({ ok: true });
    const row = await (await db()).translationReport.findFirstOrThrow({ where: { moduleSlug: translated.moduleSlug, lessonSlug: translated.lessonSlug }, orderBy: { createdAt: "desc" } });
    const translationText = await readFile(translationFileOf(contentRoot(), "ru", translated.lesson.file), "utf8");
    expect(row).toMatchObject({ locale: "ru", passage: "«неверные слова»", comment: 'Should say "proportionate".', contentHash: contentVersion(translationText) });
    expect(row.contentHash).not.toBe(translated.lesson.version);
    expect(JSON.stringify(row)).not.toContain(member.id);
    expect(await (await db()).translationReport.count()).toBe(before + 1);
  });

  it("refuses an empty passage, an English-only lesson and an unknown lesson, storing nothing", async () => {
    signInAs((await createUser("MEMBER")).id);
    const { translated, english } = await lessonsIn("ar");
    const before = await (await db()).translationReport.count();
    const empty = await reportTranslationProblem({ moduleSlug: translated.moduleSlug, lessonSlug: translated.lessonSlug, passage: "   ", comment: "x" }, "ar");
    expect(empty).toMatchObject({ ok: false, fieldErrors: { passage: "passageRequired" } });
    const tooLong = await reportTranslationProblem({ moduleSlug: translated.moduleSlug, lessonSlug: translated.lessonSlug, passage: "x", comment: "y".repeat(2001) }, "ar");
    expect(tooLong).toMatchObject({ ok: false, fieldErrors: { comment: "reportCommentRequired" } });
    if (english) {
      const untranslated = await reportTranslationProblem({ moduleSlug: english.moduleSlug, lessonSlug: english.lessonSlug, passage: "x", comment: "y" }, "ar");
      expect(untranslated).toEqual({ ok: false, fieldErrors: {}, message: "lessonNotTranslated" });
    }
    await expect(reportTranslationProblem({ moduleSlug: "lawfulness", lessonSlug: "no-such-lesson", passage: "x", comment: "y" }, "ar")).rejects.toThrow(NotFoundError);
    const inEnglish = await reportTranslationProblem({ moduleSlug: translated.moduleSlug, lessonSlug: translated.lessonSlug, passage: "x", comment: "y" }, "en");
    expect(inEnglish).toEqual({ ok: false, fieldErrors: {}, message: "lessonNotTranslated" });
    expect(await (await db()).translationReport.count()).toBe(before);
  });

  it("limits how many one account sends in a day", async () => {
    signInAs((await createUser("MEMBER")).id);
    const { translated } = await lessonsIn("fa-AF");
    const send = () => reportTranslationProblem({ moduleSlug: translated.moduleSlug, lessonSlug: translated.lessonSlug, passage: "p", comment: "c" }, "fa-AF");
    for (let sent = 0; sent < REPORT_LIMIT.max; sent += 1) expect(await send()).toEqual({ ok: true });
    expect(await send()).toEqual({ ok: false, fieldErrors: {}, message: "throttled" });
  });

  it("lists and exports reports for coordinators and admins only, filtered by language, without the sender", async () => {
    const member = await createUser("MEMBER");
    signInAs(member.id);
    const { translated } = await lessonsIn("ru");
    await reportTranslationProblem({ moduleSlug: translated.moduleSlug, lessonSlug: translated.lessonSlug, passage: "=SUM(A1)", comment: "a, b" }, "ru");
    await expect(listTranslationReports()).rejects.toThrow(ForbiddenError);
    signInAs((await createUser("TRAINER")).id);
    await expect(exportTranslationReportsCsv("ru", [])).rejects.toThrow(ForbiddenError);

    signInAs((await createUser("COORDINATOR")).id);
    const { rows, total } = await listTranslationReports("ru");
    expect(total).toBeGreaterThan(0);
    expect(rows.every((row) => row.locale === "ru")).toBe(true);
    // The lesson is named in English, the same for every translator.
    const inEnglish = (await getCourse()).modules.find((module) => module.slug === translated.moduleSlug)!.lessons.find((lesson) => lesson.slug === translated.lessonSlug)!;
    expect(rows[0]).toMatchObject({ passage: "=SUM(A1)", lesson: inEnglish.frontmatter.title });
    expect((await listTranslationReports("fa-AF")).rows.every((row) => row.locale === "fa-AF")).toBe(true);

    const csv = await exportTranslationReportsCsv("ru", ["date", "language", "module", "lesson", "title", "version", "passage", "comment"]);
    expect(csv.startsWith("\uFEFFdate,language,")).toBe(true);
    // A formula is neutralised for spreadsheets; the sender appears nowhere.
    expect(csv).toContain(`,'=SUM(A1),"a, b"\r\n`);
    expect(csv).not.toContain(member.id);
    expect(await (await db()).auditEntry.count({ where: { action: "report.export-translation-problems" } })).toBeGreaterThan(0);
  });
});
