import { requirePermission } from "@/lib/auth/current-user";
import { getMemoBrief } from "@/lib/content/memo-rubric";
import { db } from "@/lib/db/client";
import { fieldErrorsOf, type FieldErrors } from "@/lib/form-errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publicOrigin } from "@/lib/http/public-origin";
import { pokeMailWorker } from "@/lib/mail/background-worker";
import { enqueueMails } from "@/lib/mail/enqueue-mails";
import { memoSubmittedMail } from "./memo-mails";
import { checkSubmission } from "./check-submission";
import { memoDraftSchema, type MemoDraft } from "./schemas";
import { EDITABLE_STATUSES } from "./state";
import { countMemoWords } from "./words";

export type WriteMemoResult = { ok: true; version?: number } | { ok: false; fieldErrors: FieldErrors; message: string };

/** Refuses inside the transaction, so nothing it already wrote is kept. */
class NotEditable extends Error {}

/**
 * Her memo row with the draft saved, only while she may still edit it (a draft or returned memo).
 * The upsert has a non-empty update so PostgreSQL runs it as one INSERT ... ON CONFLICT; the
 * conditional update then takes the row's lock, so a racing submit or mark is seen.
 */
async function saveEditable(tx: Prisma.TransactionClient, userId: string, draft: MemoDraft, extra: Prisma.RiskMemoUpdateManyMutationInput = {}) {
  const now = new Date();
  const memo = await tx.riskMemo.upsert({ where: { userId }, create: { userId }, update: { updatedAt: now } });
  const saved = await tx.riskMemo.updateMany({
    where: { id: memo.id, status: { in: EDITABLE_STATUSES } },
    data: { draft, draftSavedAt: now, ...extra },
  });
  if (saved.count === 0) throw new NotEditable();
  return memo.id;
}

async function refusingLocked<T>(work: () => Promise<T>): Promise<T | WriteMemoResult> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof NotEditable) return { ok: false, fieldErrors: {}, message: "memoLocked" };
    throw error;
  }
}

/** Keeps her working text; no version, nobody else sees it. */
export async function saveMemoDraft(input: unknown): Promise<WriteMemoResult> {
  const user = await requirePermission("learning:study");
  const parsed = memoDraftSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), message: "memoNotSaved" };
  const prisma = await db();
  return refusingLocked(async () => {
    await prisma.$transaction((tx) => saveEditable(tx, user.id, parsed.data));
    return { ok: true };
  });
}

/** A numbered, frozen version for her trainers to mark; she cannot edit until it is returned. */
export async function submitMemo(input: unknown): Promise<WriteMemoResult> {
  const user = await requirePermission("learning:study");
  const parsed = memoDraftSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), message: "memoNotSubmitted" };
  const { rubric, hazards } = await getMemoBrief();
  const memo = parsed.data;
  const problems = checkSubmission(memo, rubric, hazards);
  const prisma = await db();
  if (Object.keys(problems).length > 0) {
    // What she wrote is kept even when it cannot go yet, so a refused submit loses nothing.
    const kept = await refusingLocked(() => prisma.$transaction((tx) => saveEditable(tx, user.id, memo)));
    if (typeof kept !== "string") return kept;
    return { ok: false, fieldErrors: problems, message: "memoNotSubmitted" };
  }
  return refusingLocked(async () => {
    const number = await prisma.$transaction(async (tx) => {
      const now = new Date();
      const memoId = await saveEditable(tx, user.id, memo, { status: "SUBMITTED", submittedAt: now });
      const number = (await tx.riskMemoVersion.count({ where: { memoId } })) + 1;
      await tx.riskMemoVersion.create({ data: { memoId, number, content: memo, wordCount: countMemoWords(memo), submittedAt: now } });
      // Her cohorts' trainers hear of it in the same transaction; members nobody trains show in
      // the coordinators' queue and reports instead.
      const trainers = await tx.user.findMany({
        where: { deactivatedAt: null, id: { not: user.id }, cohortsTrained: { some: { cohort: { members: { some: { userId: user.id } } } } } },
        select: { email: true },
      });
      const link = `${publicOrigin()}/reviews/${memoId}`;
      if (trainers.length > 0) await enqueueMails(tx, trainers.map((trainer) => memoSubmittedMail(trainer.email, user.displayName, number, link)));
      return number;
    });
    pokeMailWorker();
    return { ok: true, version: number };
  });
}
