import { requirePermission } from "@/lib/auth/current-user";
import { findModule } from "@/lib/content/course";
import type { CourseModule } from "@/lib/content/load";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { findLessonOrThrow, nextHrefAfter, type CompleteLessonResult } from "@/lib/progress/complete-lesson";
import { FINAL_CHECK } from "@/lib/progress/constants";
import { finalAttemptResult, type FinalAttemptResult } from "@/lib/progress/final-attempt-result";
import { lockMemberModule } from "@/lib/progress/lock-member-module";
import { recordLessonCompletion } from "@/lib/progress/record-lesson-completion";
import { submitFinalAttempt, type FinalAttemptRefusal } from "@/lib/progress/submit-final-attempt";
import { offlineSendSchema, type OfflineSend } from "./schemas";
import { sendFingerprint } from "./send-fingerprint";

/** What the member is told about one item, stored with it and given again on a replay. */
export type OfflineSendAnswer =
  | { status: "accepted"; result: CompleteLessonResult | FinalAttemptResult }
  | { status: "refused"; code: FinalAttemptRefusal["message"]; until?: string; fieldErrors?: Record<string, string> };

export type OfflineSendOutcome =
  | (OfflineSendAnswer & { replayed: boolean })
  /** The body is not an item: nothing is stored, since a replay of it would be just as malformed. */
  | { status: "invalid"; issues: string[] }
  /** Her id was already used for a different item. */
  | { status: "conflict" };

type Stored = { kind: string; bodyHash: string; response: unknown };
type Target = { module: CourseModule; perform: (tx: Prisma.TransactionClient, userId: string) => Promise<OfflineSendAnswer> };

/**
 * Applies one item of a member's offline queue once. The item's write and the OfflineSend row
 * recording it are one transaction, so a crash leaves both or neither; an item already recorded
 * (a replay after a lost response, a Background Sync retry, two sends racing) gets its stored
 * answer back and writes nothing. Unknown lessons and modules throw NotFoundError, signed out and
 * not allowed their errors, as everywhere in lib.
 */
export async function processOfflineSend(input: unknown): Promise<OfflineSendOutcome> {
  const user = await requirePermission("learning:study");
  const parsed = offlineSendSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid", issues: parsed.error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`) };
  const item = parsed.data;
  const bodyHash = sendFingerprint(item);
  const key = { userId: user.id, clientId: item.clientId };
  const prisma = await db();
  const find = (client: PrismaClient | Prisma.TransactionClient) =>
    client.offlineSend.findUnique({ where: { userId_clientId: key }, select: { kind: true, bodyHash: true, response: true } });

  // A replay is answered from the record even if the lesson or check has since changed.
  const earlier = await find(prisma);
  if (earlier) return replay(earlier, item.kind, bodyHash);
  const target = await targetOf(item);
  try {
    return await prisma.$transaction(async (tx) => {
      // Sends for one member and module queue here, so a duplicate that raced past the read above
      // finds the first one's record once it commits.
      await lockMemberModule(tx, user.id, target.module.slug);
      const raced = await find(tx);
      if (raced) return replay(raced, item.kind, bodyHash);
      const answer = await target.perform(tx, user.id);
      await tx.offlineSend.create({
        data: { ...key, kind: item.kind, bodyHash, status: answer.status === "accepted" ? "ACCEPTED" : "REFUSED", response: answer },
      });
      return { ...answer, replayed: false };
    });
  } catch (error) {
    // The same id reused for another module takes another lock: the primary key decides, and the
    // loser's transaction, its write included, is rolled back.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    const winner = await find(prisma);
    if (!winner) throw error;
    return replay(winner, item.kind, bodyHash);
  }
}

function replay(stored: Stored, kind: string, bodyHash: string): OfflineSendOutcome {
  if (stored.kind !== kind || stored.bodyHash !== bodyHash) return { status: "conflict" };
  // Written only by processOfflineSend above, in this shape.
  return { ...(stored.response as OfflineSendAnswer), replayed: true };
}

async function targetOf(item: OfflineSend): Promise<Target> {
  if (item.kind === "complete-lesson") {
    const { module, lesson, index } = await findLessonOrThrow(item);
    return {
      module,
      perform: async (tx, userId) => {
        await recordLessonCompletion(tx, userId, module, lesson, { doneAt: item.doneAt });
        return { status: "accepted", result: { nextHref: nextHrefAfter(module, index) } };
      },
    };
  }
  const module = await findModule(item.moduleSlug);
  const check = module?.checks[FINAL_CHECK];
  if (!module || !check) throw new NotFoundError("This knowledge check");
  return {
    module,
    perform: async (tx, userId) => {
      const outcome = await submitFinalAttempt(tx, userId, module, check, item.drawId, item.answers, { doneAt: item.doneAt });
      if (outcome.ok) return { status: "accepted", result: finalAttemptResult(module, check, outcome.score) };
      return {
        status: "refused",
        code: outcome.message,
        ...(outcome.until ? { until: outcome.until.toISOString() } : {}),
        ...(Object.keys(outcome.fieldErrors).length > 0 ? { fieldErrors: outcome.fieldErrors } : {}),
      };
    },
  };
}
