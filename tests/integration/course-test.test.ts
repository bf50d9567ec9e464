import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Course, CourseTest } from "@/lib/content/load";
import { CORE_PRINCIPLES } from "@/lib/content/principles";
import { ENGLISH } from "@/lib/content/translations";
import type { DrawnQuestion } from "@/lib/course-test/draw";
import { getCourseTestState, skipStartingTest, startSitting, submitSitting } from "@/lib/course-test/sittings";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { getLearningGainReport } from "@/lib/reports/learning-gain-report";
import { createUser } from "../setup/factories";
import { signInAs } from "../setup/session";

// The course test's own pools, so these tests do not move when authors rewrite questions. Option
// "b" is right everywhere; the pools can change version mid-test to model an author's edit.
const pools = { version: "v1" };
const question = (id: string) => ({
  id,
  prompt: `${id}?`,
  options: ["a", "b", "c", "d"].map((option) => ({ id: option, text: option, feedback: "f", ...(option === "b" ? { correct: true as const } : {}) })),
});
const courseTest = (): CourseTest => ({
  title: "Test",
  text: ENGLISH,
  perPrinciple: 2,
  pools: Object.fromEntries(
    CORE_PRINCIPLES.map((principle) => [principle, { principle, version: pools.version, text: ENGLISH, questions: [1, 2, 3, 4, 5].map((n) => question(`${principle}-${n}`)) }]),
  ),
});
vi.mock("@/lib/content/course", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/content/course")>();
  return { ...original, getCourse: async (): Promise<Course> => ({ ...(await original.getCourse()), courseTest: courseTest() }) };
});

const sitting = async (userId: string, kind: "PRE" | "POST") =>
  (await db()).courseTestSitting.findUnique({ where: { userId_kind: { userId, kind } } });
const answersFor = (draw: DrawnQuestion[], rightCount: number) =>
  Object.fromEntries(draw.map((item, index) => [item.questionId, index < rightCount ? "b" : "a"]));

let userId: string;
beforeEach(async () => {
  pools.version = "v1";
  userId = (await createUser("MEMBER")).id;
  signInAs(userId);
});
afterEach(() => signInAs(null));

describe("the course test sittings", () => {
  it("fixes the starting paper once: a reload or a second tab gets the same draw", async () => {
    expect((await getCourseTestState())!.preOpen).toBe(true);
    await Promise.all([startSitting("PRE"), startSitting("PRE"), startSitting("PRE")]);
    const first = await sitting(userId, "PRE");
    expect(first!.draw as DrawnQuestion[]).toHaveLength(12);
    await startSitting("PRE");
    expect((await sitting(userId, "PRE"))!.draw).toEqual(first!.draw);
    expect(await (await db()).courseTestSitting.count({ where: { userId } })).toBe(1);
  });

  it("refuses a blank answer, scores by option id per principle, and is taken once", async () => {
    await startSitting("PRE");
    const draw = (await sitting(userId, "PRE"))!.draw as DrawnQuestion[];
    const blank = await submitSitting("PRE", { ...answersFor(draw, 12), [draw[0]!.questionId]: "" });
    expect(blank).toMatchObject({ ok: false, message: "answerEvery", fieldErrors: { [draw[0]!.questionId]: "chooseAnswer" } });
    expect((await sitting(userId, "PRE"))!.submittedAt).toBeNull();

    expect(await submitSitting("PRE", answersFor(draw, 6))).toEqual({ ok: true });
    const stored = await sitting(userId, "PRE");
    expect(stored!.score).toBe(50);
    const results = stored!.results as Record<string, { right: number; of: number }>;
    expect(Object.values(results).reduce((sum, r) => sum + r.of, 0)).toBe(12);
    expect(await submitSitting("PRE", answersFor(draw, 12))).toMatchObject({ ok: false, message: "sittingClosed" });
    expect((await getCourseTestState())!.preOpen).toBe(false);
  });

  it("offers the starting test only before the first lesson, and not after she skips it", async () => {
    await skipStartingTest();
    expect((await getCourseTestState())!.preOpen).toBe(false);
    await expect(startSitting("PRE")).rejects.toThrow();

    const other = (await createUser("MEMBER")).id;
    signInAs(other);
    await (await db()).lessonProgress.create({ data: { userId: other, moduleSlug: "introduction", lessonSlug: "x", completedAt: new Date(), contentVersion: "v" } });
    expect((await getCourseTestState())!.preOpen).toBe(false);
  });

  it("opens the closing test after the capstone and draws questions she has not seen", async () => {
    await startSitting("PRE");
    const pre = (await sitting(userId, "PRE"))!.draw as DrawnQuestion[];
    await submitSitting("PRE", answersFor(pre, 3));
    expect((await getCourseTestState())!.postOpen).toBe(false);
    await expect(startSitting("POST")).rejects.toThrow();

    await (await db()).moduleCompletion.create({ data: { userId, moduleSlug: "capstone" } });
    expect((await getCourseTestState())!.postOpen).toBe(true);
    await startSitting("POST");
    const post = (await sitting(userId, "POST"))!.draw as DrawnQuestion[];
    const seen = new Set(pre.map((item) => item.questionId));
    expect(post.filter((item) => seen.has(item.questionId))).toEqual([]);
  });

  it("asks her to start again when the pools changed after she started", async () => {
    await startSitting("PRE");
    const before = (await sitting(userId, "PRE"))!;
    pools.version = "v2";
    expect(await submitSitting("PRE", answersFor(before.draw as DrawnQuestion[], 12))).toMatchObject({ ok: false, message: "sittingChanged" });
    await startSitting("PRE");
    const after = (await sitting(userId, "PRE"))!;
    expect(after.contentVersion).not.toBe(before.contentVersion);
    expect(await submitSitting("PRE", answersFor(after.draw as DrawnQuestion[], 12))).toEqual({ ok: true });
  });
});

describe("the learning-gain report", () => {
  async function cohortWith(members: number, preRight: number, postRight: number) {
    const prisma = await db();
    const trainer = await createUser("TRAINER");
    const cohort = await prisma.cohort.create({ data: { name: `Gain ${members}`, countryCode: "TJ", locale: "en", createdById: trainer.id } });
    for (let i = 0; i < members; i++) {
      const member = await createUser("MEMBER");
      await prisma.cohortMember.create({ data: { cohortId: cohort.id, userId: member.id } });
      signInAs(member.id);
      await startSitting("PRE");
      await submitSitting("PRE", answersFor((await sitting(member.id, "PRE"))!.draw as DrawnQuestion[], preRight));
      await prisma.moduleCompletion.create({ data: { userId: member.id, moduleSlug: "capstone" } });
      await startSitting("POST");
      await submitSitting("POST", answersFor((await sitting(member.id, "POST"))!.draw as DrawnQuestion[], postRight));
    }
    return cohort.id;
  }

  it("shows pre, post and gain for a group of five, and only the size of a smaller group", async () => {
    const five = await cohortWith(5, 6, 9);
    const four = await cohortWith(4, 3, 12);
    signInAs((await createUser("COORDINATOR")).id);

    const big = await getLearningGainReport({ cohort: five });
    expect(big.total).toEqual({ key: null, n: 5, pre: 50, post: 75, gain: 25 });
    expect(big.byCohort).toEqual([expect.objectContaining({ key: five, n: 5, pre: 50, post: 75, gain: 25 })]);
    expect(big.byPrinciple).toHaveLength(6);

    const small = await getLearningGainReport({ cohort: four });
    expect(small.total).toEqual({ key: null, n: 4, pre: null, post: null, gain: null });
    expect(small.byPrinciple).toEqual([]);
  });

  it("is refused to members and trainers", async () => {
    await expect(getLearningGainReport({})).rejects.toThrow(ForbiddenError);
    signInAs((await createUser("TRAINER")).id);
    await expect(getLearningGainReport({})).rejects.toThrow(ForbiddenError);
  });
});
