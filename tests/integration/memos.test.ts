import { afterEach, describe, expect, it } from "vitest";
import { getMemoBrief } from "@/lib/content/memo-rubric";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { getMemoForReview } from "@/lib/memos/get-memo-for-review";
import { getMyMemo } from "@/lib/memos/get-my-memo";
import { getMemoCounts } from "@/lib/memos/memo-counts";
import { markMemo } from "@/lib/memos/mark-memo";
import { listReviewQueue } from "@/lib/memos/review-queue";
import { saveMemoDraft, submitMemo } from "@/lib/memos/write-memo";
import { createUser } from "../setup/factories";
import { signInAs } from "../setup/session";

afterEach(() => signInAs(null));

const prisma = await db();
const { rubric, hazards } = await getMemoBrief();
const words = (n: number, word = "evidence") => Array.from({ length: n }, () => word).join(" ");

/** A memo that meets the rubric's brief: the smallest counts it asks for, the words split evenly. */
function completeMemo(totalWords = rubric.words.min + 20) {
  const principles = ["lawfulness", "fairness", "good-governance"].slice(0, Math.max(rubric.sections.principles.min, 2)) as ("lawfulness" | "fairness" | "good-governance")[];
  const risks = hazards.slice(0, rubric.sections.risks.min);
  const parts = 2 + principles.length + risks.length;
  const each = Math.ceil(totalWords / parts);
  return {
    system: words(each, "system"),
    principles: principles.map((id) => ({ id, why: words(each, "because") })),
    risks: risks.map((hazard) => ({ hazardId: hazard.id, likelihood: 4, severity: 5, mitigation: words(each, "screen") })),
    recommendation: words(each, "delay"),
  };
}
const levels = (level: string) => Object.fromEntries(rubric.criteria.map((criterion) => [criterion.id, level]));

async function cohortWith(memberId: string, trainerId?: string) {
  const creator = trainerId ?? (await createUser("COORDINATOR")).id;
  return prisma.cohort.create({
    data: {
      name: `Memo cohort ${memberId.slice(-6)}`,
      countryCode: "TJ",
      locale: "ru",
      createdById: creator,
      members: { create: { userId: memberId } },
      ...(trainerId ? { trainers: { create: { userId: trainerId } } } : {}),
    },
  });
}

/** A member in a trained cohort with one submitted version; returns who is who. */
async function submittedMemo() {
  const member = await createUser("MEMBER");
  const trainer = await createUser("TRAINER");
  await cohortWith(member.id, trainer.id);
  signInAs(member.id);
  expect(await submitMemo(completeMemo())).toEqual({ ok: true, version: 1 });
  const memo = await prisma.riskMemo.findUniqueOrThrow({ where: { userId: member.id }, include: { versions: true } });
  return { member, trainer, memo, versionId: memo.versions[0]!.id };
}

describe("the member's memo", () => {
  it("keeps a draft without a version, and refuses a submission outside the word range, keeping the text", async () => {
    const member = await createUser("MEMBER");
    signInAs(member.id);
    expect(await saveMemoDraft({ system: "A first line", principles: [], risks: [], recommendation: "" })).toEqual({ ok: true });
    let mine = await getMyMemo();
    expect(mine).toMatchObject({ status: "DRAFT", versions: [], markedBy: "coordinator" });
    expect(mine.draft.system).toBe("A first line");

    const short = completeMemo(rubric.words.min - 40);
    const refused = await submitMemo(short);
    expect(refused).toMatchObject({ ok: false, fieldErrors: { words: "tooFewWords" } });
    expect(await submitMemo(completeMemo(rubric.words.max + 40))).toMatchObject({ ok: false, fieldErrors: { words: "tooManyWords" } });
    mine = await getMyMemo();
    expect(mine.status).toBe("DRAFT");
    expect(mine.versions).toEqual([]);
    expect(await prisma.riskMemoVersion.count({ where: { memo: { userId: member.id } } })).toBe(0);
  });

  it("refuses incomplete sections with a field message", async () => {
    signInAs((await createUser("MEMBER")).id);
    const memo = completeMemo();
    expect(await submitMemo({ ...memo, risks: memo.risks.slice(0, 1) })).toMatchObject({ ok: false, fieldErrors: { risks: "risksCount" } });
    expect(await submitMemo({ ...memo, risks: memo.risks.map((risk) => ({ ...risk, hazardId: hazards[0]!.id })) })).toMatchObject({ fieldErrors: { risks: "hazardTwice" } });
    expect(await submitMemo({ ...memo, risks: memo.risks.map((risk) => ({ ...risk, severity: undefined })) })).toMatchObject({ fieldErrors: { risks: "ratingRequired" } });
    expect(await submitMemo({ ...memo, recommendation: "" })).toMatchObject({ fieldErrors: { recommendation: "sectionRequired" } });
    expect(await submitMemo({ ...memo, risks: [{ ...memo.risks[0], likelihood: 9 }] })).toMatchObject({ ok: false, fieldErrors: { risks: "ratingInvalid" } });
  });

  it("locks the text once submitted; a return reopens it; each version and mark is kept; accepted is final", async () => {
    const { member, trainer, memo, versionId } = await submittedMemo();
    expect(await saveMemoDraft(completeMemo())).toEqual({ ok: false, fieldErrors: {}, message: "memoLocked" });
    expect(await submitMemo(completeMemo())).toMatchObject({ ok: false, message: "memoLocked" });

    signInAs(trainer.id);
    expect(await markMemo({ memoId: memo.id, versionId, decision: "RETURNED", comments: "", levels: levels("not-yet") })).toMatchObject({
      ok: false,
      fieldErrors: { comments: "commentsRequiredToReturn" },
    });
    expect(await markMemo({ memoId: memo.id, versionId, decision: "ACCEPTED", comments: "", levels: levels("not-yet") })).toMatchObject({ ok: false });
    expect(await markMemo({ memoId: memo.id, versionId, decision: "RETURNED", comments: "Rate the data leak again.", levels: levels("not-yet") })).toEqual({ ok: true });

    signInAs(member.id);
    expect((await getMyMemo()).status).toBe("RETURNED");
    expect(await submitMemo(completeMemo(rubric.words.min + 60))).toEqual({ ok: true, version: 2 });

    signInAs(trainer.id);
    // The first version's page, loaded before she resubmitted, cannot mark any more.
    expect(await markMemo({ memoId: memo.id, versionId, decision: "ACCEPTED", comments: "", levels: levels("sound") })).toEqual({ ok: false, fieldErrors: {}, message: "staleMark" });
    const second = (await getMemoForReview(memo.id)).versions[1]!;
    expect(await markMemo({ memoId: memo.id, versionId: second.id, decision: "ACCEPTED", comments: "Clear and honest.", levels: levels("strong") })).toEqual({ ok: true });

    signInAs(member.id);
    const mine = await getMyMemo();
    expect(mine.status).toBe("ACCEPTED");
    expect(mine.versions.map((v) => [v.number, v.mark?.decision, v.mark?.comments])).toEqual([
      [1, "RETURNED", "Rate the data leak again."],
      [2, "ACCEPTED", "Clear and honest."],
    ]);
    const row = await prisma.riskMemo.findUniqueOrThrow({ where: { id: memo.id } });
    expect(row.acceptedAt).toBeInstanceOf(Date);
    expect(await saveMemoDraft(completeMemo())).toMatchObject({ message: "memoLocked" });
    expect(await prisma.auditEntry.count({ where: { actorId: trainer.id, action: { in: ["memo.returned", "memo.accepted"] } } })).toBe(2);
  });

  it("tells her trainers on submit and her on each mark, without the memo's or the comments' text", async () => {
    const { member, trainer, memo, versionId } = await submittedMemo();
    const mails = (to: string) => prisma.outboxMail.findMany({ where: { toAddress: to }, select: { subject: true, body: true } });
    const toTrainer = await mails(trainer.email);
    expect(toTrainer).toEqual([{ subject: "A capstone risk memo is waiting for your mark", body: expect.stringContaining(`/reviews/${memo.id}`) }]);
    expect(toTrainer[0]!.body).not.toContain("system");
    signInAs(trainer.id);
    await markMemo({ memoId: memo.id, versionId, decision: "RETURNED", comments: "A private remark.", levels: levels("not-yet") });
    const toMember = await mails(member.email);
    expect(toMember.map((mail) => mail.subject)).toEqual(["Your capstone risk memo was returned for revision"]);
    expect(toMember[0]!.body).not.toContain("A private remark.");
  });
});

describe("who may read and mark a memo", () => {
  it("her trainer reads and marks; a trainer of another cohort, an admin and a coordinator (a trainer exists) find nothing", async () => {
    const { memo, versionId, trainer } = await submittedMemo();
    const otherTrainer = await createUser("TRAINER");
    await cohortWith((await createUser("MEMBER")).id, otherTrainer.id);
    const coordinator = await createUser("COORDINATOR");
    const admin = await createUser("ADMIN");
    const mark = { memoId: memo.id, versionId, decision: "ACCEPTED", comments: "", levels: levels("sound") };

    for (const outsider of [otherTrainer, coordinator]) {
      signInAs(outsider.id);
      await expect(getMemoForReview(memo.id)).rejects.toThrow(NotFoundError);
      await expect(markMemo(mark)).rejects.toThrow(NotFoundError);
      expect((await listReviewQueue()).map((q) => q.memoId)).not.toContain(memo.id);
    }
    signInAs(admin.id);
    await expect(getMemoForReview(memo.id)).rejects.toThrow(ForbiddenError);
    await expect(markMemo(mark)).rejects.toThrow(ForbiddenError);
    await expect(listReviewQueue()).rejects.toThrow(ForbiddenError);
    // Another member asking for "her" memo only ever gets her own, empty one.
    signInAs((await createUser("MEMBER")).id);
    expect((await getMyMemo()).versions).toEqual([]);
    await expect(getMemoForReview(memo.id)).rejects.toThrow(ForbiddenError);

    signInAs(trainer.id);
    const [queued] = (await listReviewQueue()).filter((q) => q.memoId === memo.id);
    expect(queued).toMatchObject({ version: 1, overdue: false, cohorts: [expect.stringContaining("Memo cohort")] });
    expect(queued!.dueOn.getTime() - queued!.submittedAt.getTime()).toBe(7 * 86_400_000);
    expect((await getMemoForReview(memo.id)).versions[0]!.content.system).toContain("system");
    const later = new Date(queued!.dueOn.getTime() + 1000);
    expect((await listReviewQueue(later)).find((q) => q.memoId === memo.id)?.overdue).toBe(true);
    expect(await prisma.riskMemo.findUniqueOrThrow({ where: { id: memo.id } })).toMatchObject({ status: "SUBMITTED" });
  });

  it("a coordinator marks the memo of a member without any trainer, and only that one", async () => {
    const alone = await createUser("MEMBER");
    await cohortWith(alone.id);
    signInAs(alone.id);
    expect((await getMyMemo()).markedBy).toBe("coordinator");
    await submitMemo(completeMemo());
    const memo = await prisma.riskMemo.findUniqueOrThrow({ where: { userId: alone.id }, include: { versions: true } });
    const trained = await submittedMemo();
    signInAs(trained.member.id);
    expect((await getMyMemo()).markedBy).toBe("trainers");

    const coordinator = await createUser("COORDINATOR");
    signInAs(coordinator.id);
    const queue = (await listReviewQueue()).map((q) => q.memoId);
    expect(queue).toContain(memo.id);
    expect(queue).not.toContain(trained.memo.id);
    expect(await markMemo({ memoId: memo.id, versionId: memo.versions[0]!.id, decision: "ACCEPTED", comments: "", levels: levels("sound") })).toEqual({ ok: true });
    expect((await prisma.riskMemo.findUniqueOrThrow({ where: { id: memo.id } })).status).toBe("ACCEPTED");
  });

  it("gives coordinators counts by state, never text, and refuses them to trainers and members", async () => {
    const { trainer, member } = await submittedMemo();
    signInAs((await createUser("COORDINATOR")).id);
    const counts = await getMemoCounts({});
    expect(counts.SUBMITTED).toBeGreaterThanOrEqual(1);
    expect(Object.keys(counts).sort()).toEqual(["ACCEPTED", "DRAFT", "RETURNED", "SUBMITTED", "awaitingCoordinator"]);
    expect((await getMemoCounts({ country: "KZ" })).SUBMITTED).toBe(0);
    for (const user of [trainer, member]) {
      signInAs(user.id);
      await expect(getMemoCounts({})).rejects.toThrow(ForbiddenError);
    }
  });
});

describe("marks made at the same moment", () => {
  it("let exactly one of two reviewers win; the other is told the mark is stale", async () => {
    const { member, memo, versionId, trainer } = await submittedMemo();
    const second = await createUser("TRAINER");
    await prisma.cohortTrainer.create({ data: { userId: second.id, cohortId: (await prisma.cohortMember.findFirstOrThrow({ where: { userId: member.id } })).cohortId } });
    const as = async (userId: string, decision: "ACCEPTED" | "RETURNED") => {
      signInAs(userId);
      return markMemo({ memoId: memo.id, versionId, decision, comments: "Marked at once.", levels: levels("sound") });
    };
    const results = await Promise.all([as(trainer.id, "ACCEPTED"), as(second.id, "RETURNED")]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, fieldErrors: {}, message: "staleMark" }]);
    expect(await prisma.memoReview.count({ where: { versionId } })).toBe(1);
  });
});
