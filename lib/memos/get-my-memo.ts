import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { MemoDecision, MemoStatus } from "@/lib/generated/prisma/enums";
import { untrained } from "./access";
import { emptyMemoDraft, memoDraftSchema, type MemoDraft } from "./schemas";

export type MemoMark = { decision: MemoDecision; levels: Record<string, string>; comments: string; reviewerName: string; createdAt: Date };
export type MemoVersionView = { id: string; number: number; content: MemoDraft; wordCount: number; submittedAt: Date; mark: MemoMark | null };

export type MyMemo = {
  status: MemoStatus;
  draft: MemoDraft;
  draftSavedAt: Date | null;
  acceptedAt: Date | null;
  versions: MemoVersionView[];
  /** Who will mark it: her cohorts' trainers, or a coordinator when none of her cohorts has one. */
  markedBy: "trainers" | "coordinator";
};

/** Stored JSON read back through the draft schema: a shape from an older release still shows. */
export const readMemoContent = (value: unknown): MemoDraft => {
  const parsed = memoDraftSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : emptyMemoDraft;
};

export const readLevels = (value: unknown): Record<string, string> =>
  value && typeof value === "object" ? Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string")) : {};

export const versionInclude = {
  orderBy: { number: "asc" },
  include: { review: { include: { reviewer: { select: { displayName: true } } } } },
} as const;

type StoredVersion = {
  id: string;
  number: number;
  content: unknown;
  wordCount: number;
  submittedAt: Date;
  review: { decision: MemoDecision; levels: unknown; comments: string; createdAt: Date; reviewer: { displayName: string } } | null;
};

export const toVersionView = (version: StoredVersion): MemoVersionView => ({
  id: version.id,
  number: version.number,
  content: readMemoContent(version.content),
  wordCount: version.wordCount,
  submittedAt: version.submittedAt,
  mark: version.review && {
    decision: version.review.decision,
    levels: readLevels(version.review.levels),
    comments: version.review.comments,
    reviewerName: version.review.reviewer.displayName,
    createdAt: version.review.createdAt,
  },
});

/** Her memo as she sees it: only ever her own, whatever she asks for. */
export async function getMyMemo(): Promise<MyMemo> {
  const user = await requirePermission("learning:study");
  const prisma = await db();
  const [memo, withoutTrainer] = await Promise.all([
    prisma.riskMemo.findUnique({ where: { userId: user.id }, include: { versions: versionInclude } }),
    prisma.user.count({ where: { AND: [{ id: user.id }, untrained] } }),
  ]);
  return {
    status: memo?.status ?? "DRAFT",
    draft: readMemoContent(memo?.draft),
    draftSavedAt: memo?.draftSavedAt ?? null,
    acceptedAt: memo?.acceptedAt ?? null,
    versions: (memo?.versions ?? []).map(toVersionView),
    markedBy: withoutTrainer ? "coordinator" : "trainers",
  };
}
