import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { verifyPassword } from "@/lib/auth/password";
import { hashKey } from "@/lib/auth/rate-limit";
import { PER_ACCOUNT_AND_ADDRESS } from "@/lib/auth/sign-in-limits";
import { db } from "@/lib/db/client";
import { createUser } from "../setup/factories";

// These tests count attempts, not hashes: scrypt at production parameters costs most of a second
// per check, and they make hundreds. In this file only, passwords are "hashed" as plain text, and
// each check is counted and takes a few milliseconds, so concurrent attempts really overlap.
vi.mock("@/lib/auth/password", () => ({
  hashPassword: async (password: string) => `test$${password}`,
  verifyPassword: vi.fn(async (password: string, stored: string) => {
    await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
    return stored === `test$${password}`;
  }),
  needsRehash: () => false,
  UNKNOWN_USER_HASH: "none",
}));

const PASSWORD = "a good long password";
const start = new Date("2026-04-01T10:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
// Every test signs in from its own address, so tests sharing a PostgreSQL database never share a counter.
const newAddress = () => `10.${randomBytes(3).join(".")}-${randomUUID()}`;

describe("sign-in throttling", () => {
  it("stops checking passwords after ten attempts from one address in fifteen minutes, for known and unknown emails alike", async () => {
    const user = await createUser("MEMBER", PASSWORD);
    const address = newAddress();
    for (let i = 0; i < 10; i += 1) {
      expect(await authenticate({ email: user.email, password: `guess ${i}` }, { address, now: at(i) })).toEqual({ ok: false, reason: "invalid" });
    }
    // The right password too is refused while throttled.
    expect(await authenticate({ email: user.email, password: PASSWORD }, { address, now: at(10) })).toEqual({ ok: false, reason: "throttled" });
    expect(await authenticate({ email: user.email, password: PASSWORD }, { address, now: at(16) })).toMatchObject({ ok: true });
    // Success clears the count: one more failure is not a lock-out.
    await authenticate({ email: user.email, password: "wrong" }, { address, now: at(17) });
    expect(await authenticate({ email: user.email, password: PASSWORD }, { address, now: at(17) })).toMatchObject({ ok: true });

    const stranger = `nobody-${randomUUID()}@nowhere.test`;
    for (let i = 0; i < 10; i += 1) await authenticate({ email: stranger, password: `guess ${i}` }, { address, now: at(20 + i) });
    expect(await authenticate({ email: stranger, password: "guess" }, { address, now: at(31) })).toEqual({ ok: false, reason: "throttled" });
    const stored = await (await db()).rateLimit.findMany();
    expect(JSON.stringify(stored)).not.toContain(stranger);
    expect(JSON.stringify(stored)).not.toContain(address);
  });

  it("does not let guesses from elsewhere lock the owner out: that takes more than a hundred attempts", async () => {
    const user = await createUser("MEMBER", PASSWORD);
    const owner = newAddress();
    // Twelve attempts from each of eight other addresses (96 in all): each of them is throttled.
    for (let a = 0; a < 8; a += 1) {
      const attacker = newAddress();
      for (let i = 0; i < 11; i += 1) await authenticate({ email: user.email, password: `guess ${i}` }, { address: attacker, now: at(1) });
      expect(await authenticate({ email: user.email, password: PASSWORD }, { address: attacker, now: at(1) })).toEqual({ ok: false, reason: "throttled" });
    }
    // The owner, from her own address, still signs in.
    expect(await authenticate({ email: user.email, password: PASSWORD }, { address: owner, now: at(2) })).toMatchObject({ ok: true });
    // Past the per-account ceiling, no address gets through until the window ends.
    for (let i = 0; i < 5; i += 1) await authenticate({ email: user.email, password: `guess ${i}` }, { address: newAddress(), now: at(3) });
    expect(await authenticate({ email: user.email, password: PASSWORD }, { address: owner, now: at(4) })).toEqual({ ok: false, reason: "throttled" });
    expect(await authenticate({ email: user.email, password: PASSWORD }, { address: owner, now: at(20) })).toMatchObject({ ok: true });
  });

  it("slows one address trying many accounts (password spraying)", async () => {
    const address = newAddress();
    const results = [];
    for (let i = 0; i < 51; i += 1) {
      results.push((await authenticate({ email: `sprayed-${i}-${randomUUID()}@nowhere.test`, password: "Summer2026!" }, { address, now: at(1) })).ok === false);
    }
    const last = await authenticate({ email: `sprayed-last-${randomUUID()}@nowhere.test`, password: "Summer2026!" }, { address, now: at(2) });
    expect(last).toEqual({ ok: false, reason: "throttled" });
    // Another address is not affected.
    const user = await createUser("MEMBER", PASSWORD);
    expect(await authenticate({ email: user.email, password: PASSWORD }, { address: newAddress(), now: at(2) })).toMatchObject({ ok: true });
  });

  it("stores only hashes of emails and addresses in the counters", async () => {
    const address = newAddress();
    const email = `hashed-${randomUUID()}@nowhere.test`;
    await authenticate({ email, password: "whatever" }, { address });
    const prisma = await db();
    expect(await prisma.rateLimit.count({ where: { key: hashKey(`sign-in:address:${address}`) } })).toBe(1);
    expect(await prisma.rateLimit.count({ where: { key: { contains: "@" } } })).toBe(0);
  });

  it("checks at most the limit's worth of passwords when thirty wrong guesses arrive at once", async () => {
    const user = await createUser("MEMBER", PASSWORD);
    const address = newAddress();
    const checks = vi.mocked(verifyPassword);
    checks.mockClear();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => authenticate({ email: user.email, password: `guess ${i}` }, { address })),
    );
    expect(checks).toHaveBeenCalledTimes(PER_ACCOUNT_AND_ADDRESS);
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(PER_ACCOUNT_AND_ADDRESS);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(30 - PER_ACCOUNT_AND_ADDRESS);
    const row = await (await db()).rateLimit.findUniqueOrThrow({ where: { key: hashKey(`sign-in:pair:${user.email}\n${address}`) } });
    expect(row.count).toBe(30);
  });
});
