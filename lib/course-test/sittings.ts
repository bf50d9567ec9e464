import { requirePermission } from "@/lib/auth/current-user";
import { getCourse } from "@/lib/content/course";
import type { CourseTest } from "@/lib/content/load";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/form-errors";
import type { CourseTestKind, Prisma } from "@/lib/generated/prisma/client";
import { courseTestVersion, drawCourseTest, drawnQuestions, type DrawnQuestion } from "./draw";
import { scoreSitting, type SittingResults } from "./results";
import { sittingAnswersSchema, sittingKindSchema } from "./schemas";

export type Sitting = {
  kind: CourseTestKind;
  draw: DrawnQuestion[];
  contentVersion: string;
  results: SittingResults | null;
  score: number | null;
  submittedAt: Date | null;
  skippedAt: Date | null;
};

export type CourseTestState = {
  test: CourseTest;
  pre: Sitting | null;
  post: Sitting | null;
  /** The starting test is offered until she completes her first lesson. */
  preOpen: boolean;
  /** The closing test opens when the capstone is complete. */
  postOpen: boolean;
};

export type SittingFormState = { ok: true } | { ok: false; fieldErrors: Record<string, string>; message: string } | null;

async function courseTest(): Promise<CourseTest> {
  const test = (await getCourse()).courseTest;
  if (!test) throw new NotFoundError("The course test");
  return test;
}

async function capstoneSlug(): Promise<string | undefined> {
  return (await getCourse()).modules.find((module) => module.frontmatter.principle === "capstone")?.slug;
}

const asSitting = (row: {
  kind: CourseTestKind;
  draw: unknown;
  contentVersion: string;
  results: unknown;
  score: number | null;
  submittedAt: Date | null;
  skippedAt: Date | null;
}): Sitting => ({
  ...row,
  draw: row.draw as DrawnQuestion[],
  results: (row.results as SittingResults | null) ?? null,
});

async function readState(tx: Prisma.TransactionClient, userId: string, test: CourseTest): Promise<CourseTestState> {
  const capstone = await capstoneSlug();
  const [rows, lessonsDone, capstoneDone] = await Promise.all([
    tx.courseTestSitting.findMany({ where: { userId } }),
    tx.lessonProgress.count({ where: { userId, completedAt: { not: null } } }),
    capstone ? tx.moduleCompletion.count({ where: { userId, moduleSlug: capstone } }) : 0,
  ]);
  const pre = rows.find((row) => row.kind === "PRE");
  const post = rows.find((row) => row.kind === "POST");
  return {
    test,
    pre: pre ? asSitting(pre) : null,
    post: post ? asSitting(post) : null,
    preOpen: lessonsDone === 0 && !pre?.submittedAt && !pre?.skippedAt,
    postOpen: capstoneDone > 0 && !post?.submittedAt,
  };
}

/** Her sittings and which of them she may take now, the questions' text in `locale` where translated. */
export async function getCourseTestState(locale = "en"): Promise<CourseTestState | null> {
  const user = await requirePermission("learning:study");
  const test = (await getCourse(locale)).courseTest;
  if (!test) return null;
  return readState(await db(), user.id, test);
}

// A member's sittings are written one at a time: two tabs starting at once get one draw.
const lockSittings = (tx: Prisma.TransactionClient, userId: string) =>
  tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${userId}), hashtext('course-test'))`;

/**
 * Fixes the paper of a sitting when she starts it. Starting again keeps the same paper (a reload
 * never reshuffles) unless the pools have changed since. The closing sitting avoids the questions
 * of the starting one.
 */
export async function startSitting(rawKind: unknown): Promise<void> {
  const user = await requirePermission("learning:study");
  const kind = sittingKindSchema.safeParse(rawKind);
  if (!kind.success) throw new NotFoundError("This test");
  const test = await courseTest();
  const version = courseTestVersion(test);
  await (await db()).$transaction(async (tx) => {
    await lockSittings(tx, user.id);
    const state = await readState(tx, user.id, test);
    if (!(kind.data === "PRE" ? state.preOpen : state.postOpen)) throw new NotFoundError("This test");
    const existing = kind.data === "PRE" ? state.pre : state.post;
    if (existing && existing.contentVersion === version && existing.draw.length > 0) return;
    const seen = new Set(kind.data === "POST" ? (state.pre?.draw ?? []).map((item) => item.questionId) : []);
    const draw = drawCourseTest(test, seen);
    await tx.courseTestSitting.upsert({
      where: { userId_kind: { userId: user.id, kind: kind.data } },
      create: { userId: user.id, kind: kind.data, draw, contentVersion: version },
      update: { draw, contentVersion: version, startedAt: new Date() },
    });
  });
}

/** She chooses not to take the starting test; the course does not ask again. */
export async function skipStartingTest(): Promise<void> {
  const user = await requirePermission("learning:study");
  const test = await courseTest();
  await (await db()).$transaction(async (tx) => {
    await lockSittings(tx, user.id);
    const state = await readState(tx, user.id, test);
    if (!state.preOpen) return;
    await tx.courseTestSitting.upsert({
      where: { userId_kind: { userId: user.id, kind: "PRE" } },
      create: { userId: user.id, kind: "PRE", draw: [], contentVersion: courseTestVersion(test), skippedAt: new Date() },
      update: { skippedAt: new Date() },
    });
  });
}

/** Scores her answers to the paper she was given and keeps the result; a sitting is taken once. */
export async function submitSitting(rawKind: unknown, rawAnswers: Record<string, unknown>): Promise<SittingFormState> {
  const user = await requirePermission("learning:study");
  const kind = sittingKindSchema.safeParse(rawKind);
  if (!kind.success) throw new NotFoundError("This test");
  const test = await courseTest();
  return (await db()).$transaction(async (tx) => {
    await lockSittings(tx, user.id);
    const sitting = await tx.courseTestSitting.findUnique({ where: { userId_kind: { userId: user.id, kind: kind.data } } });
    if (!sitting || sitting.submittedAt || sitting.skippedAt) return { ok: false, fieldErrors: {}, message: "sittingClosed" };
    const draw = sitting.draw as DrawnQuestion[];
    const questions = sitting.contentVersion === courseTestVersion(test) ? drawnQuestions(test, draw) : undefined;
    if (!questions || questions.length === 0) return { ok: false, fieldErrors: {}, message: "sittingChanged" };
    const answers = sittingAnswersSchema(draw).safeParse(rawAnswers);
    if (!answers.success) return { ok: false, fieldErrors: fieldErrorsOf(answers.error), message: "answerEvery" };
    const { results, score } = scoreSitting(questions, answers.data);
    await tx.courseTestSitting.update({
      where: { id: sitting.id },
      data: { answers: answers.data, results, score, submittedAt: new Date() },
    });
    return { ok: true };
  });
}
