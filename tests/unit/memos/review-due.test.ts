import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { reviewDueDate } from "@/lib/memos/review-queue";

describe("the marking due date", () => {
  it("falls MEMO_REVIEW_DAYS after submission, seven by default", () => {
    const submitted = new Date("2026-12-02T09:30:00Z");
    // The default, unless whoever runs the tests has set the variable.
    if (process.env.MEMO_REVIEW_DAYS === undefined) expect(reviewDueDate(submitted)).toEqual(new Date("2026-12-09T09:30:00Z"));
    expect(reviewDueDate(submitted)).toEqual(reviewDueDate(submitted, env.MEMO_REVIEW_DAYS));
    expect(reviewDueDate(submitted, 3)).toEqual(new Date("2026-12-05T09:30:00Z"));
  });
});
