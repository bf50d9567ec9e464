import type { MemoStatus } from "@/lib/generated/prisma/enums";

// The memo's life: she edits while it is a draft or returned, submits, and a trainer accepts it or
// returns it for revision. Accepted is final. Every write checks its step here and again in its
// `where`, so two requests racing cannot both move the memo.

export type MemoEvent = "submit" | "accept" | "return";

const NEXT: Record<MemoStatus, Partial<Record<MemoEvent, MemoStatus>>> = {
  DRAFT: { submit: "SUBMITTED" },
  RETURNED: { submit: "SUBMITTED" },
  SUBMITTED: { accept: "ACCEPTED", return: "RETURNED" },
  ACCEPTED: {},
};

/** The state after the event, or null when the event is not allowed from this state. */
export function nextMemoStatus(status: MemoStatus, event: MemoEvent): MemoStatus | null {
  return NEXT[status][event] ?? null;
}

/** The states from which she may change her text (save a draft or submit). */
export const EDITABLE_STATUSES: MemoStatus[] = (Object.keys(NEXT) as MemoStatus[]).filter((status) => NEXT[status].submit);

export const isEditable = (status: MemoStatus) => EDITABLE_STATUSES.includes(status);
