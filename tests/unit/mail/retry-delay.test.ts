import { describe, expect, it } from "vitest";
import { MAX_MAIL_ATTEMPTS, retryDelayMs } from "@/lib/mail/retry-delay";

describe("retryDelayMs", () => {
  it("doubles from 30 seconds and never waits more than an hour", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000]);
    expect(retryDelayMs(20)).toBe(3_600_000);
  });

  it("gives up about an hour after the first try", () => {
    let total = 0;
    for (let attempt = 1; attempt < MAX_MAIL_ATTEMPTS; attempt += 1) total += retryDelayMs(attempt);
    expect(total).toBe(3_810_000);
  });
});
