import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { authSecret } from "@/lib/auth/secret";

const file = () => path.join(mkdtempSync(path.join(tmpdir(), "secret-")), "data", "auth-secret");
const base = { NEXTAUTH_SECRET: undefined, NODE_ENV: "production", DATABASE_URL: undefined, NEXT_PHASE: undefined } as const;

describe("authSecret", () => {
  it("uses NEXTAUTH_SECRET when set", () => {
    const secret = "s".repeat(40);
    expect(authSecret({ ...base, NEXTAUTH_SECRET: secret, DATABASE_URL: "postgresql://x/y" }, file())).toBe(secret);
  });

  it("is required in production with PostgreSQL", () => {
    const where = file();
    expect(() => authSecret({ ...base, DATABASE_URL: "postgresql://db/course" }, where)).toThrow(/NEXTAUTH_SECRET is required/);
    expect(existsSync(where)).toBe(false);
  });

  it("on the embedded database, is made once and kept beside it", () => {
    const where = file();
    const first = authSecret(base, where);
    expect(first.length).toBeGreaterThanOrEqual(43);
    expect(readFileSync(where, "utf8")).toBe(first);
    expect(authSecret(base, where)).toBe(first);
  });

  it("is never written during next build, even with PostgreSQL configured", () => {
    const where = file();
    const phase = "phase-production-build";
    expect(authSecret({ ...base, NEXT_PHASE: phase }, where)).toHaveLength(43);
    expect(authSecret({ ...base, NEXT_PHASE: phase, DATABASE_URL: "postgresql://db/course" }, where)).toHaveLength(43);
    expect(existsSync(where)).toBe(false);
  });
});
