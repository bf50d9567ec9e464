import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findModule } from "@/lib/content/course";
import type { CourseModule } from "@/lib/content/load";
import { db } from "@/lib/db/client";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { completeLesson, completeLessonAndOpenNext } from "@/lib/progress/complete-lesson";
import { getMyLearning } from "@/lib/progress/get-my-learning";
import { getModuleProgress } from "@/lib/progress/get-module-progress";
import { getLatestAttempt } from "@/lib/progress/get-latest-attempt";
import { recordLessonView } from "@/lib/progress/record-lesson-view";
import { getReflection, saveReflection } from "@/lib/progress/save-reflection";
import { submitCheck } from "@/lib/progress/submit-check";
import { createUser } from "../setup/factories";
import { takeFinalCheck } from "../setup/final-check";
import { signInAs } from "../setup/session";

const intro = (await findModule("introduction")) as CourseModule;
const practiceId = Object.keys(intro.checks).find((id) => id !== "final")!;
const practice = intro.checks[practiceId]!;
const rightAnswers = Object.fromEntries(practice.questions.map((q) => [q.id, q.options.find((o) => o.correct)!.id]));
const wrongAnswers = Object.fromEntries(practice.questions.map((q) => [q.id, q.options.find((o) => !o.correct)!.id]));
const ref = { moduleSlug: "introduction", checkId: practiceId };

let userId: string;
beforeEach(async () => {
  userId = (await createUser("MEMBER")).id;
  signInAs(userId);
});
afterEach(() => signInAs(null));

const completeAll = () => Promise.all(intro.lessons.map((lesson) => completeLesson({ moduleSlug: "introduction", lessonSlug: lesson.slug })));

describe("a member's progress", () => {
  it("is refused to the signed-out", async () => {
    signInAs(null);
    await expect(completeLesson({ moduleSlug: "introduction", lessonSlug: intro.lessons[0]!.slug })).rejects.toThrow(UnauthenticatedError);
    await expect(getMyLearning()).rejects.toThrow(UnauthenticatedError);
  });

  it("records a lesson as complete once, whatever is clicked twice", async () => {
    const lesson = intro.lessons[0]!;
    const first = await completeLesson({ moduleSlug: "introduction", lessonSlug: lesson.slug });
    expect(first.nextHref).toBe(`/learn/introduction/${intro.lessons[1]!.slug}`);
    await Promise.all([1, 2, 3].map(() => completeLesson({ moduleSlug: "introduction", lessonSlug: lesson.slug })));
    const prisma = await db();
    const rows = await prisma.lessonProgress.findMany({ where: { userId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.contentVersion).toBe(lesson.version);
    expect(await prisma.learningEvent.count({ where: { userId, type: "LESSON_COMPLETED" } })).toBe(1);
  });

  it("sends the last lesson to the knowledge check, and rejects unknown lessons", async () => {
    const last = intro.lessons.at(-1)!;
    expect((await completeLesson({ moduleSlug: "introduction", lessonSlug: last.slug })).nextHref).toBe("/learn/introduction/check");
    await expect(completeLesson({ moduleSlug: "introduction", lessonSlug: "no-such-lesson" })).rejects.toThrow(NotFoundError);
    await expect(completeLesson({ moduleSlug: "../etc", lessonSlug: "x" })).rejects.toThrow(NotFoundError);
  });

  it("scores a practice check by option id on the server, as often as she likes, with feedback", async () => {
    const failed = await submitCheck(ref, wrongAnswers);
    expect(failed).toMatchObject({ ok: true, score: { score: 0, passed: false } });
    const passed = await submitCheck(ref, rightAnswers);
    expect(passed).toMatchObject({ ok: true, score: { score: 100, passed: true } });
    for (let i = 0; i < 4; i++) expect(await submitCheck(ref, wrongAnswers)).toMatchObject({ ok: true });
    const latest = await getLatestAttempt("introduction", practiceId, practice);
    expect(latest?.passed).toBe(false);
    expect(latest?.results[0]).toMatchObject({ chosen: wrongAnswers[practice.questions[0]!.id], correct: false, feedback: expect.any(String) });
    const stored = await (await db()).checkAttempt.findMany({ where: { userId } });
    expect(stored).toHaveLength(6);
    expect(stored[0]!.answers).toEqual(expect.objectContaining({ [practice.questions[0]!.id]: expect.stringMatching(/^[a-z]$/) }));
    expect(stored[0]!.draw).toBeNull();
  });

  it("rejects an incomplete or out-of-range answer sheet and writes nothing", async () => {
    const [firstQuestion] = practice.questions;
    const missing = { ...rightAnswers };
    delete missing[firstQuestion!.id];
    expect(await submitCheck(ref, missing)).toMatchObject({ ok: false, fieldErrors: { [firstQuestion!.id]: "chooseAnswer" } });
    expect(await submitCheck(ref, { ...rightAnswers, [firstQuestion!.id]: "99" })).toMatchObject({ ok: false });
    await expect(submitCheck({ moduleSlug: "introduction", checkId: "no-such-check" }, rightAnswers)).rejects.toThrow(NotFoundError);
    expect(await (await db()).checkAttempt.count({ where: { userId } })).toBe(0);
  });

  it("refuses blank answers instead of reading them as the first option", async () => {
    const blank = { ...rightAnswers, [practice.questions[0]!.id]: "" };
    expect(await submitCheck(ref, blank)).toMatchObject({ ok: false, message: "answerEvery", fieldErrors: { [practice.questions[0]!.id]: "chooseAnswer" } });
    expect(await (await db()).checkAttempt.count({ where: { userId } })).toBe(0);
  });

  it("finds nothing for check ids that name Object's own properties", async () => {
    for (const checkId of ["constructor", "to-string", "has-own-property"]) {
      await expect(submitCheck({ moduleSlug: "introduction", checkId }, rightAnswers)).rejects.toThrow(NotFoundError);
    }
  });

  it("records a lesson view by updating one row, without an event per view", async () => {
    for (let i = 0; i < 3; i++) await recordLessonView(intro, intro.lessons[0]!);
    const prisma = await db();
    expect(await prisma.lessonProgress.count({ where: { userId } })).toBe(1);
    expect(await prisma.learningEvent.count({ where: { userId } })).toBe(0);
  });

  it("completes the module once, when every lesson is done and the check is passed", async () => {
    await takeFinalCheck(intro, true);
    expect((await getModuleProgress(intro)).completedAt).toBeNull();
    await completeAll();
    await Promise.all([takeFinalCheck(intro, true), takeFinalCheck(intro, true)]);
    const prisma = await db();
    expect(await prisma.moduleCompletion.count({ where: { userId } })).toBe(1);
    expect(await prisma.learningEvent.count({ where: { userId, type: "MODULE_COMPLETED" } })).toBe(1);
    const progress = await getModuleProgress(intro);
    expect(progress).toMatchObject({ status: "completed", lessonsDone: intro.lessons.length, finalPassed: true });
  });

  it("resumes at the lesson she was reading", async () => {
    await completeLesson({ moduleSlug: "introduction", lessonSlug: intro.lessons[0]!.slug });
    await recordLessonView(intro, intro.lessons[1]!);
    const mine = (await getMyLearning()).find((m) => m.slug === "introduction")!;
    expect(mine).toMatchObject({ status: "in-progress", lessonsDone: 1, resumeHref: `/learn/introduction/${intro.lessons[1]!.slug}` });
  });

  it("completing from the page opens the next lesson for her in the same request: her state there, and the resume point", async () => {
    const [first, second, third] = intro.lessons;
    const answer = await completeLessonAndOpenNext({ moduleSlug: "introduction", lessonSlug: first!.slug });
    expect(answer).toMatchObject({
      nextHref: `/learn/introduction/${second!.slug}`,
      next: { moduleSlug: "introduction", lessonSlug: second!.slug, state: { completed: false, changedSinceCompleted: false } },
    });
    // Opened, not yet done: where she resumes, rather than the first unfinished lesson.
    await recordLessonView(intro, third!);
    await completeLessonAndOpenNext({ moduleSlug: "introduction", lessonSlug: first!.slug });
    const mine = (await getMyLearning()).find((m) => m.slug === "introduction")!;
    expect(mine.resumeHref).toBe(`/learn/introduction/${second!.slug}`);
    expect(await completeLessonAndOpenNext({ moduleSlug: "introduction", lessonSlug: second!.slug })).toMatchObject({
      next: { lessonSlug: third!.slug, state: { completed: false } },
    });
    await completeLesson({ moduleSlug: "introduction", lessonSlug: third!.slug });
    expect((await completeLessonAndOpenNext({ moduleSlug: "introduction", lessonSlug: second!.slug })).next?.state.completed).toBe(true);
    const last = await completeLessonAndOpenNext({ moduleSlug: "introduction", lessonSlug: intro.lessons.at(-1)!.slug });
    expect(last).toEqual({ nextHref: "/learn/introduction/check", next: null });
    await expect(completeLessonAndOpenNext({ moduleSlug: "introduction", lessonSlug: "no-such-lesson" })).rejects.toThrow(NotFoundError);
  });

  it("shows a lesson edited after she completed it, without erasing the completion", async () => {
    const lesson = intro.lessons[0]!;
    await completeLesson({ moduleSlug: "introduction", lessonSlug: lesson.slug });
    await (await db()).lessonProgress.updateMany({ where: { userId }, data: { contentVersion: "an-older-version" } });
    const progress = await getModuleProgress(intro);
    expect(progress.lessons[lesson.slug]).toMatchObject({ changedSinceCompleted: true, completedAt: expect.any(Date) });
    await completeLesson({ moduleSlug: "introduction", lessonSlug: lesson.slug });
    expect((await getModuleProgress(intro)).lessons[lesson.slug]!.changedSinceCompleted).toBe(false);
  });

  it("lists assigned modules first with the earliest due date across her cohorts", async () => {
    const prisma = await db();
    const trainer = await createUser("TRAINER");
    const cohort = (dueOn: string) =>
      prisma.cohort.create({
        data: {
          name: `Cohort ${dueOn}`,
          countryCode: "TJ",
          locale: "ru",
          createdById: trainer.id,
          members: { create: { userId } },
          assignments: { create: { moduleSlug: "fairness", dueOn: new Date(dueOn), assignedById: trainer.id } },
        },
      });
    await cohort("2026-06-30");
    await cohort("2026-05-01");
    const modules = await getMyLearning("en", new Date("2026-05-02T10:00:00Z"));
    expect(modules[0]).toMatchObject({ slug: "fairness", assigned: true, overdue: true, dueOn: new Date("2026-05-01") });
    expect(modules.filter((m) => m.slug === "fairness")).toHaveLength(1);
    expect(modules.filter((m) => m.assigned)).toHaveLength(1);
  });

  it("keeps reflection notes private to their author", async () => {
    expect(await saveReflection({ moduleSlug: "introduction", promptId: "problem-not-tool", text: "Only mine" })).toEqual({ ok: true });
    expect(await getReflection("introduction", "problem-not-tool")).toBe("Only mine");
    signInAs((await createUser("MEMBER")).id);
    expect(await getReflection("introduction", "problem-not-tool")).toBe("");
    expect(await saveReflection({ moduleSlug: "introduction", promptId: "problem-not-tool", text: "x".repeat(5001) })).toEqual({ ok: false, message: "noteTooLong" });
  });

  it("stores notes only for the course's own prompts, and refuses control characters", async () => {
    const member = await createUser("MEMBER");
    signInAs(member.id);
    await expect(saveReflection({ moduleSlug: "introduction", promptId: "made-up", text: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveReflection({ moduleSlug: "no-such-module", promptId: "problem-not-tool", text: "x" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await saveReflection({ moduleSlug: "introduction", promptId: "problem-not-tool", text: "a\u0000b" })).toEqual({ ok: false, message: "controlCharacters" });
    expect(await (await db()).reflection.count({ where: { userId: member.id } })).toBe(0);
  });
});
