import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findModule } from "@/lib/content/course";
import type { CourseModule } from "@/lib/content/load";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { drawSchema } from "@/lib/progress/draw";
import { getFinalCheck } from "@/lib/progress/get-final-check";
import { startFinalCheck } from "@/lib/progress/start-final-check";
import { submitCheck } from "@/lib/progress/submit-check";
import { createUser } from "../setup/factories";
import { answersToOpenDraw, takeFinalCheck } from "../setup/final-check";
import { signInAs } from "../setup/session";

const intro = (await findModule("introduction")) as CourseModule;
const final = intro.checks.final!;
const ref = { moduleSlug: "introduction", checkId: "final" };
const key = (userId: string) => ({ userId, moduleSlug: "introduction", checkId: "final" });

let userId: string;
beforeEach(async () => {
  userId = (await createUser("MEMBER")).id;
  signInAs(userId);
});
afterEach(() => signInAs(null));

/** Every property name in a value, to show that no `correct`, `feedback` or `chosen` reaches the page. */
function keysOf(value: unknown): Set<string> {
  const keys = new Set<string>();
  JSON.stringify(value, (key, inner) => (keys.add(key), inner));
  return keys;
}

async function start() {
  const started = await startFinalCheck("introduction");
  if (!started.ok) throw new Error(started.message);
  return started.drawId;
}

describe("a final-check attempt", () => {
  it("is drawn on start and shown the same on every reload, without the right options", async () => {
    const drawId = await start();
    const first = await getFinalCheck(intro);
    expect(first?.open?.drawId).toBe(drawId);
    expect(first?.open?.questions).toHaveLength(Math.min(final.show!, final.questions.length));
    expect(await getFinalCheck(intro)).toEqual(first);
    // Starting again (a double click, a second tab) keeps the open draw.
    expect(await startFinalCheck("introduction")).toEqual({ ok: true, drawId });
    expect((await getFinalCheck(intro))?.open).toEqual(first?.open);
    for (const key of ["correct", "feedback", "chosen"]) expect(keysOf(first).has(key)).toBe(false);
  });

  it("gives one draw to concurrent starts", async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => startFinalCheck("introduction")));
    expect(new Set(results.map((r) => (r.ok ? r.drawId : r.message))).size).toBe(1);
    expect(await (await db()).openCheckDraw.count({ where: { userId } })).toBe(1);
  });

  it("is stored with its draw when submitted, and the open draw is gone", async () => {
    const drawId = await start();
    const open = await (await db()).openCheckDraw.findUniqueOrThrow({ where: { id: drawId } });
    const result = await submitCheck(ref, await answersToOpenDraw(intro, drawId, true), drawId);
    expect(result).toMatchObject({ ok: true, score: { score: 100, passed: true } });
    const prisma = await db();
    const attempt = await prisma.checkAttempt.findFirstOrThrow({ where: key(userId) });
    expect(attempt.draw).toEqual(open.draw);
    expect(Object.keys(attempt.answers as object).sort()).toEqual(drawSchema.parse(open.draw).questions.map((q) => q.id).sort());
    expect(await prisma.openCheckDraw.count({ where: { userId } })).toBe(0);
    expect(await prisma.learningEvent.count({ where: { userId, type: "CHECK_ATTEMPTED" } })).toBe(1);
    expect((await getFinalCheck(intro))?.latest).toMatchObject({ passed: true, score: 100, missed: [] });
  });

  it("refuses a repeated or stale submit with a form message, writing nothing", async () => {
    const drawId = await start();
    const answers = await answersToOpenDraw(intro, drawId, true);
    expect(await submitCheck(ref, answers, drawId)).toMatchObject({ ok: true });
    expect(await submitCheck(ref, answers, drawId)).toEqual({ ok: false, fieldErrors: {}, message: "attemptNotOpen" });
    const next = await start();
    expect(next).not.toBe(drawId);
    expect(await submitCheck(ref, answers, drawId)).toMatchObject({ ok: false, message: "attemptNotOpen" });
    expect(await submitCheck(ref, answers, undefined)).toMatchObject({ ok: false, message: "attemptNotOpen" });
    expect(await submitCheck(ref, answers, "not an id")).toMatchObject({ ok: false, message: "attemptNotOpen" });
    expect(await (await db()).checkAttempt.count({ where: { userId } })).toBe(1);
    expect(await (await db()).openCheckDraw.count({ where: { userId } })).toBe(1);
  });

  it("refuses a blank, unknown or missing answer with the field message and keeps the draw", async () => {
    const drawId = await start();
    const answers = await answersToOpenDraw(intro, drawId, true);
    const [firstId, secondId] = Object.keys(answers);
    expect(await submitCheck(ref, { ...answers, [firstId!]: "" }, drawId)).toEqual({ ok: false, message: "answerEvery", fieldErrors: { [firstId!]: "chooseAnswer" } });
    expect(await submitCheck(ref, { ...answers, [firstId!]: "z" }, drawId)).toMatchObject({ ok: false, fieldErrors: { [firstId!]: "chooseAnswer" } });
    const missing = { ...answers };
    delete missing[secondId!];
    expect(await submitCheck(ref, missing, drawId)).toMatchObject({ ok: false, fieldErrors: { [secondId!]: "chooseAnswer" } });
    expect(await (await db()).checkAttempt.count({ where: { userId } })).toBe(0);
    expect(await (await db()).openCheckDraw.count({ where: { userId } })).toBe(1);
  });

  it("shows a failed attempt's score and, per missed question, the idea to revisit, never the right option", async () => {
    await takeFinalCheck(intro, false);
    const view = await getFinalCheck(intro);
    expect(view?.open).toBeNull();
    expect(view?.latest).toMatchObject({ passed: false, score: 0 });
    expect(view?.latest?.missed).toHaveLength(Math.min(final.show!, final.questions.length));
    for (const missed of view!.latest!.missed) {
      const question = final.questions.find((q) => q.id === missed.questionId)!;
      expect(missed.idea).toBe(question.idea);
      if (question.revisit) expect(missed.revisit?.slug).toBe(question.revisit);
    }
    for (const key of ["correct", "feedback", "chosen"]) expect(keysOf(view).has(key)).toBe(false);
  });

  it(`makes her wait ${env.FINAL_CHECK_COOLDOWN_HOURS} hours after three failures in a row, refusing to start`, async () => {
    for (let i = 0; i < 3; i++) expect(await takeFinalCheck(intro, false)).toMatchObject({ ok: true, score: { passed: false } });
    expect(await startFinalCheck("introduction")).toEqual({ ok: false, fieldErrors: {}, message: "checkCoolingDown" });
    const prisma = await db();
    expect(await prisma.openCheckDraw.count({ where: { userId } })).toBe(0);
    const third = await prisma.checkAttempt.findFirstOrThrow({ where: key(userId), orderBy: { createdAt: "desc" } });
    const view = await getFinalCheck(intro);
    expect(view?.policy).toEqual({ canStart: false, until: new Date(third.createdAt.getTime() + env.FINAL_CHECK_COOLDOWN_HOURS * 3_600_000) });
    // A day later (the attempts moved back in time) she gets three more.
    await prisma.checkAttempt.updateMany({ where: key(userId), data: { createdAt: new Date(Date.now() - (env.FINAL_CHECK_COOLDOWN_HOURS + 1) * 3_600_000) } });
    expect(await startFinalCheck("introduction")).toMatchObject({ ok: true });
  });

  it("discards a draw made from an earlier version of the check and tells her to start again", async () => {
    const drawId = await start();
    const answers = await answersToOpenDraw(intro, drawId, true);
    const prisma = await db();
    await prisma.openCheckDraw.update({ where: { id: drawId }, data: { contentVersion: "an-older-version" } });
    const view = await getFinalCheck(intro);
    expect(view).toMatchObject({ open: null, changed: true });
    expect(await submitCheck(ref, answers, drawId)).toEqual({ ok: false, fieldErrors: {}, message: "checkChanged" });
    expect(await prisma.openCheckDraw.count({ where: { userId } })).toBe(0);
    expect(await prisma.checkAttempt.count({ where: { userId } })).toBe(0);
    // Starting again over a stale draw replaces it.
    const stale = await start();
    await prisma.openCheckDraw.update({ where: { id: stale }, data: { contentVersion: "an-older-version" } });
    expect(await start()).not.toBe(stale);
  });

  it("draws again for the next attempt", async () => {
    const draws = new Set<string>();
    for (let i = 0; i < 2; i++) {
      const drawId = await start();
      draws.add(JSON.stringify((await (await db()).openCheckDraw.findUniqueOrThrow({ where: { id: drawId } })).draw));
      await submitCheck(ref, await answersToOpenDraw(intro, drawId, i === 1), drawId);
    }
    // Two independent draws of 8 shuffled questions are the same with negligible probability.
    expect(draws.size).toBe(2);
  });

  it("is refused to a signed-out caller and unknown modules", async () => {
    await expect(startFinalCheck("no-such-module")).rejects.toThrow(/not found/i);
    signInAs(null);
    await expect(startFinalCheck("introduction")).rejects.toThrow();
  });
});
