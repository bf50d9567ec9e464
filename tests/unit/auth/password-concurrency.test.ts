import { describe, expect, it, vi } from "vitest";

// scrypt replaced by one that records how many derivations run at once and finishes on a timer.
const running = vi.hoisted(() => ({ now: 0, most: 0 }));
vi.mock("node:crypto", async (original) => {
  const crypto = await original<typeof import("node:crypto")>();
  return {
    ...crypto,
    scrypt: (_password: string, _salt: Buffer, length: number, _options: object, done: (error: Error | null, key: Buffer) => void) => {
      running.now += 1;
      running.most = Math.max(running.most, running.now);
      setTimeout(() => {
        running.now -= 1;
        done(null, Buffer.alloc(length));
      }, 5);
    },
  };
});

const { hashPassword, verifyPassword } = await import("@/lib/auth/password");

describe("password derivations under a crowd of sign-ins", () => {
  it("run two at a time, leaving the rest of the thread pool to other requests, and all finish", async () => {
    const hashes = await Promise.all(Array.from({ length: 12 }, () => hashPassword("a passphrase of hers")));
    const checks = await Promise.all(hashes.map((hash) => verifyPassword("a passphrase of hers", hash)));
    expect(running.most).toBe(2);
    expect(checks).toEqual(Array(12).fill(true));
  });
});
