import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as prepareRoute } from "@/app/api/offline/modules/[module]/final-check/route";
import { POST as syncRoute } from "@/app/api/offline/sync/route";
import { findModule, getCourse } from "@/lib/content/course";
import type { CourseModule } from "@/lib/content/load";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import en from "@/lib/i18n/messages/en.json";
import { prepareOfflineFinalCheck, type OfflineFinalCheck } from "@/lib/offline/prepare-final-check";
import { processOfflineSend } from "@/lib/offline/process-offline-send";
import { drawSchema } from "@/lib/progress/draw";
import { createUser } from "../setup/factories";
import { answersToOpenDraw, takeFinalCheck } from "../setup/final-check";
import { signInAs } from "../setup/session";

// The route handlers read their messages through next-intl, which outside Next has no request to
// take the language from: English here.
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const messages = (await import("@/lib/i18n/messages/en.json")).default;
  return { getTranslations: async (namespace: "offline") => createTranslator({ locale: "en", messages, namespace }) };
});

const intro = (await findModule("introduction")) as CourseModule;
const final = intro.checks.final!;
const lesson = intro.lessons[0]!;
const doneAt = "2026-12-01T08:30:00.000Z";
const finalKey = (userId: string) => ({ userId, moduleSlug: "introduction", checkId: "final" });

let userId: string;
beforeEach(async () => {
  userId = (await createUser("MEMBER")).id;
  signInAs(userId);
});
afterEach(() => signInAs(null));

const completion = (clientId = randomUUID()) => ({ clientId, kind: "complete-lesson", moduleSlug: "introduction", lessonSlug: lesson.slug, doneAt });
const submission = (drawId: string, answers: Record<string, string>, clientId = randomUUID()) => ({ clientId, kind: "submit-final-check", moduleSlug: "introduction", drawId, answers, doneAt });

async function prepare(): Promise<OfflineFinalCheck> {
  const prepared = await prepareOfflineFinalCheck("introduction");
  if (!prepared.ok) throw new Error(prepared.code);
  return prepared.check;
}

/** Every property name in a value, to show that no `correct`, `feedback` or `chosen` leaves the server. */
function keysOf(value: unknown): Set<string> {
  const keys = new Set<string>();
  JSON.stringify(value, (key, inner) => (keys.add(key), inner));
  return keys;
}

async function counts(user = userId) {
  const prisma = await db();
  const [sends, completions, attempts, events] = await Promise.all([
    prisma.offlineSend.count({ where: { userId: user } }),
    prisma.lessonProgress.count({ where: { userId: user, completedAt: { not: null } } }),
    prisma.checkAttempt.count({ where: { userId: user } }),
    prisma.learningEvent.count({ where: { userId: user } }),
  ]);
  return { sends, completions, attempts, events };
}

describe("an offline lesson completion", () => {
  it("is recorded once when replayed, with her time in the event and the server's on the completion", async () => {
    const item = completion();
    const first = await processOfflineSend(item);
    expect(first).toEqual({ status: "accepted", replayed: false, result: { nextHref: `/learn/introduction/${intro.lessons[1]!.slug}` } });
    expect(await processOfflineSend(item)).toEqual({ ...first, replayed: true });
    // The same id in capitals is the same id.
    expect(await processOfflineSend({ ...item, clientId: item.clientId.toUpperCase() })).toMatchObject({ replayed: true });
    expect(await counts()).toEqual({ sends: 1, completions: 1, attempts: 0, events: 1 });
    const prisma = await db();
    const event = await prisma.learningEvent.findFirstOrThrow({ where: { userId, type: "LESSON_COMPLETED" } });
    expect(event.data).toEqual({ doneAt, version: lesson.version });
    const row = await prisma.lessonProgress.findFirstOrThrow({ where: { userId } });
    expect(row.completedAt!.getTime()).toBeGreaterThan(Date.parse(doneAt));
    expect(await prisma.offlineSend.findFirstOrThrow({ where: { userId } })).toMatchObject({ status: "ACCEPTED", kind: "complete-lesson" });
  });

  it("is recorded once when the same send arrives several times at once", async () => {
    const item = completion();
    const results = await Promise.all(Array.from({ length: 6 }, () => processOfflineSend(item)));
    expect(results.filter((r) => "replayed" in r && r.replayed === false)).toHaveLength(1);
    expect(results.filter((r) => "replayed" in r && r.replayed === true)).toHaveLength(5);
    expect(await counts()).toEqual({ sends: 1, completions: 1, attempts: 0, events: 1 });
  });

  it("refuses an id reused for a different item, even when both arrive at once, and records only the first", async () => {
    const clientId = randomUUID();
    // Another module takes another lock, so on PostgreSQL the two really race to the primary key.
    const elsewhere = (await getCourse()).modules.find((m) => m.slug !== "introduction")!;
    const other = { ...completion(clientId), moduleSlug: elsewhere.slug, lessonSlug: elsewhere.lessons[0]!.slug };
    const results = await Promise.all([processOfflineSend(completion(clientId)), processOfflineSend(other)]);
    expect(results.map((r) => r.status).sort()).toEqual(["accepted", "conflict"]);
    expect(await counts()).toEqual({ sends: 1, completions: 1, attempts: 0, events: 1 });
    // Another member's device may well make the same id: ids are hers alone.
    signInAs((await createUser("MEMBER")).id);
    expect(await processOfflineSend(other)).toMatchObject({ status: "accepted", replayed: false });
  });

  it("completes the module when the last lesson arrives after a passed check", async () => {
    await takeFinalCheck(intro, true);
    for (const each of intro.lessons) expect(await processOfflineSend({ ...completion(), lessonSlug: each.slug })).toMatchObject({ status: "accepted" });
    expect(await (await db()).moduleCompletion.count({ where: { userId } })).toBe(1);
  });
});

describe("an offline final check", () => {
  it("is prepared with her draw in its order, and no right option or feedback", async () => {
    const prepared = await prepare();
    const open = await (await db()).openCheckDraw.findUniqueOrThrow({ where: { id: prepared.drawId } });
    expect(open.userId).toBe(userId);
    expect(prepared).toMatchObject({ moduleSlug: "introduction", contentVersion: final.version, passMark: final.passMark });
    expect(prepared.questions.map((q) => ({ id: q.id, options: q.options.map((o) => o.id) }))).toEqual(drawSchema.parse(open.draw).questions);
    for (const key of ["correct", "feedback", "chosen", "idea"]) expect(keysOf(prepared).has(key)).toBe(false);
    // Preparing again (a second "Keep for offline") keeps the same attempt.
    expect(await prepare()).toEqual(prepared);
  });

  it("is scored when it arrives, and a replay gives the same result with one attempt", async () => {
    const prepared = await prepare();
    const item = submission(prepared.drawId, await answersToOpenDraw(intro, prepared.drawId, false));
    const first = await processOfflineSend(item);
    expect(first).toMatchObject({ status: "accepted", replayed: false, result: { score: 0, passed: false, questionCount: prepared.questions.length } });
    const missed = first.status === "accepted" && "missed" in first.result ? first.result.missed : [];
    expect(missed.map((m) => m.questionId).sort()).toEqual(prepared.questions.map((q) => q.id).sort());
    for (const each of missed) expect(each.idea).toBe(final.questions.find((q) => q.id === each.questionId)!.idea);
    for (const key of ["correct", "feedback", "chosen"]) expect(keysOf(first).has(key)).toBe(false);
    expect(await processOfflineSend(item)).toEqual({ ...first, replayed: true });
    const prisma = await db();
    expect(await prisma.checkAttempt.count({ where: finalKey(userId) })).toBe(1);
    expect(await prisma.openCheckDraw.count({ where: { userId } })).toBe(0);
    const event = await prisma.learningEvent.findFirstOrThrow({ where: { userId, type: "CHECK_ATTEMPTED" } });
    expect(event.data).toMatchObject({ doneAt, checkId: "final", score: 0, passed: false });
  });

  it("is refused, and refused again on a replay, when the check changed while she was offline", async () => {
    const prepared = await prepare();
    const item = submission(prepared.drawId, await answersToOpenDraw(intro, prepared.drawId, true));
    const prisma = await db();
    await prisma.openCheckDraw.update({ where: { id: prepared.drawId }, data: { contentVersion: "an-older-version" } });
    const refused = await processOfflineSend(item);
    expect(refused).toEqual({ status: "refused", replayed: false, code: "checkChanged" });
    expect(await processOfflineSend(item)).toEqual({ ...refused, replayed: true });
    expect(await prisma.offlineSend.findFirstOrThrow({ where: { userId } })).toMatchObject({ status: "REFUSED", response: { status: "refused", code: "checkChanged" } });
    expect(await prisma.openCheckDraw.count({ where: { userId } })).toBe(0);
    expect(await prisma.checkAttempt.count({ where: { userId } })).toBe(0);
    // She takes it again: a fresh draw, and this time it counts.
    const again = await prepare();
    expect(again.drawId).not.toBe(prepared.drawId);
    expect(await processOfflineSend(submission(again.drawId, await answersToOpenDraw(intro, again.drawId, true)))).toMatchObject({ status: "accepted", result: { passed: true, missed: [] } });
  });

  it("is refused when its draw was already answered elsewhere", async () => {
    const prepared = await prepare();
    const answers = await answersToOpenDraw(intro, prepared.drawId, true);
    expect(await processOfflineSend(submission(prepared.drawId, answers))).toMatchObject({ status: "accepted" });
    expect(await processOfflineSend(submission(prepared.drawId, answers))).toEqual({ status: "refused", replayed: false, code: "attemptNotOpen" });
    expect(await (await db()).checkAttempt.count({ where: { userId } })).toBe(1);
  });

  it("refuses another member's draw and leaves it hers", async () => {
    const otherId = (await createUser("MEMBER")).id;
    signInAs(otherId);
    const theirs = await prepare();
    const answers = await answersToOpenDraw(intro, theirs.drawId, true);
    signInAs(userId);
    expect(await processOfflineSend(submission(theirs.drawId, answers))).toEqual({ status: "refused", replayed: false, code: "attemptNotOpen" });
    const prisma = await db();
    expect(await prisma.checkAttempt.count({ where: { userId: { in: [userId, otherId] } } })).toBe(0);
    expect(await prisma.openCheckDraw.findUnique({ where: { id: theirs.drawId } })).not.toBeNull();
  });

  it("applies the wait after three failures when the answers arrive, not when she gave them", async () => {
    const prisma = await db();
    // Two failures online, the third given offline long ago and sent now.
    for (let i = 0; i < 2; i++) await takeFinalCheck(intro, false);
    const prepared = await prepare();
    const sent = await processOfflineSend({ ...submission(prepared.drawId, await answersToOpenDraw(intro, prepared.drawId, false)), doneAt: "2026-01-01T00:00:00Z" });
    expect(sent).toMatchObject({ status: "accepted", result: { passed: false } });
    const third = await prisma.checkAttempt.findFirstOrThrow({ where: finalKey(userId), orderBy: { createdAt: "desc" } });
    expect(Date.now() - third.createdAt.getTime()).toBeLessThan(60_000);
    const refused = await prepareOfflineFinalCheck("introduction");
    expect(refused).toEqual({ ok: false, code: "checkCoolingDown", until: new Date(third.createdAt.getTime() + env.FINAL_CHECK_COOLDOWN_HOURS * 3_600_000) });
  });

  it("is refused, with when she may try again, if she is waiting when it arrives", async () => {
    const prepared = await prepare();
    // Three failures recorded after her draw was made (from attempts the device did not know of).
    const prisma = await db();
    const failed = { ...finalKey(userId), answers: {}, correctCount: 0, questionCount: 8, score: 0, passed: false, contentVersion: final.version };
    for (let i = 0; i < 3; i++) await prisma.checkAttempt.create({ data: { ...failed, createdAt: new Date(Date.now() - (3 - i) * 60_000) } });
    const item = submission(prepared.drawId, await answersToOpenDraw(intro, prepared.drawId, true));
    const refused = await processOfflineSend(item);
    const until = new Date(Date.now() - 60_000 + env.FINAL_CHECK_COOLDOWN_HOURS * 3_600_000);
    expect(refused).toMatchObject({ status: "refused", replayed: false, code: "checkCoolingDown" });
    expect(Math.abs(Date.parse((refused as { until: string }).until) - until.getTime())).toBeLessThan(60_000);
    expect(await processOfflineSend(item)).toEqual({ ...refused, replayed: true });
    expect(await prisma.checkAttempt.count({ where: { userId } })).toBe(3);
  });
});

describe("a malformed or unauthorised send", () => {
  it("is refused as invalid and writes nothing", async () => {
    const bodies = [
      { ...completion(), clientId: "not-a-uuid" },
      // A version 1 UUID: the device makes version 4 ones.
      { ...completion(), clientId: "6fa459ea-ee8a-11ca-8f3a-0242ac120002" },
      { ...completion(), kind: "delete-everything" },
      { ...completion(), doneAt: "yesterday" },
      { ...completion(), lessonSlug: undefined },
      { ...submission("x", {}), drawId: "../../etc" },
      null,
      [],
    ];
    for (const body of bodies) expect(await processOfflineSend(body)).toMatchObject({ status: "invalid", issues: expect.any(Array) });
    expect(await counts()).toEqual({ sends: 0, completions: 0, attempts: 0, events: 0 });
  });

  it("is refused to the signed-out, and for a lesson or module not in the course", async () => {
    await expect(processOfflineSend({ ...completion(), lessonSlug: "no-such-lesson" })).rejects.toThrow(NotFoundError);
    await expect(processOfflineSend(submission("c00000000000000000000000", {}))).resolves.toMatchObject({ status: "refused", code: "attemptNotOpen" });
    await expect(processOfflineSend({ ...submission("c00000000000000000000000", {}), moduleSlug: "no-such-module" })).rejects.toThrow(NotFoundError);
    await expect(prepareOfflineFinalCheck("no-such-module")).rejects.toThrow(NotFoundError);
    signInAs(null);
    await expect(processOfflineSend(completion())).rejects.toThrow(UnauthenticatedError);
    await expect(prepareOfflineFinalCheck("introduction")).rejects.toThrow(UnauthenticatedError);
  });
});

describe("the route handlers", () => {
  const post = (body: unknown, type = "application/json") =>
    syncRoute(new Request("http://localhost/api/offline/sync", { method: "POST", headers: { "content-type": type }, body: typeof body === "string" ? body : JSON.stringify(body) }));
  const prepareFor = (module: string) =>
    prepareRoute(new Request(`http://localhost/api/offline/modules/${module}/final-check`, { method: "POST" }), { params: Promise.resolve({ module }) });

  it("answer 200, then 200 replayed, and 409 for an id reused for something else", async () => {
    const item = completion();
    const first = await post(item);
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("private, no-store");
    expect(await first.json()).toMatchObject({ status: "accepted", replayed: false });
    const replay = await post(item);
    expect([replay.status, await replay.json()]).toEqual([200, expect.objectContaining({ replayed: true })]);
    const reused = await post({ ...item, lessonSlug: intro.lessons[1]!.slug });
    expect([reused.status, await reused.json()]).toEqual([409, { status: "error", code: "clientIdReused", message: en.offline.clientIdReused }]);
  });

  it("prepare a check she can answer offline, and answer 422 with a message she can read when it changed", async () => {
    const response = await prepareFor("introduction");
    expect(response.status).toBe(200);
    const prepared = (await response.json()) as OfflineFinalCheck;
    expect(prepared.questions).toHaveLength(Math.min(final.show!, final.questions.length));
    await (await db()).openCheckDraw.update({ where: { id: prepared.drawId }, data: { contentVersion: "an-older-version" } });
    const refused = await post(submission(prepared.drawId, await answersToOpenDraw(intro, prepared.drawId, true)));
    expect(refused.status).toBe(422);
    expect(await refused.json()).toEqual({ status: "refused", replayed: false, code: "checkChanged", message: "This check changed while you were offline: take it again." });
  });

  it("answer 422 with the date when she must wait before preparing a check", async () => {
    for (let i = 0; i < 3; i++) await takeFinalCheck(intro, false);
    const response = await prepareFor("introduction");
    const body = await response.json();
    expect([response.status, body.code]).toEqual([422, "checkCoolingDown"]);
    expect(body.message).toContain(`from ${body.until.slice(0, 16).replace("T", " ")} (UTC)`);
  });

  it("answer 400, 415, 404 and 401 without storing anything", async () => {
    expect((await post({ ...completion(), clientId: "1" })).status).toBe(400);
    expect((await post("{ not json")).status).toBe(400);
    expect((await post(completion(), "text/plain")).status).toBe(415);
    const missing = await post({ ...completion(), lessonSlug: "no-such-lesson" });
    expect([missing.status, await missing.json()]).toEqual([404, { status: "error", code: "notFound", message: en.offline.notFound }]);
    expect((await prepareFor("no-such-module")).status).toBe(404);
    signInAs(null);
    expect((await post(completion())).status).toBe(401);
    expect((await prepareFor("introduction")).status).toBe(401);
    expect(await counts()).toEqual({ sends: 0, completions: 0, attempts: 0, events: 0 });
  });
});
