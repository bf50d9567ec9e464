import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, UNKNOWN_USER_HASH, verifyPassword } from "@/lib/auth/password";

describe("password hashing", () => {
  it("verifies the right password and rejects another", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).not.toContain("correct horse battery");
    // OWASP's current scrypt parameters, stored with the hash.
    expect(hash.startsWith("scrypt$131072$8$1$")).toBe(true);
    expect(needsRehash(hash)).toBe(false);
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery!", hash)).toBe(false);
  });

  it("salts each hash", async () => {
    expect(await hashPassword("same password")).not.toBe(await hashPassword("same password"));
  });

  it("rejects malformed hashes and the unknown-user placeholder", async () => {
    expect(await verifyPassword("x", "not-a-hash")).toBe(false);
    expect(await verifyPassword("anything at all", UNKNOWN_USER_HASH)).toBe(false);
  });

  it("asks for old parameters to be replaced, and refuses parameters beyond its memory budget", async () => {
    expect(needsRehash("scrypt$16384$8$1$c2FsdA==$a2V5")).toBe(true);
    expect(needsRehash("bcrypt$whatever")).toBe(true);
    expect(await verifyPassword("x", "scrypt$1048576$8$1$c2FsdA==$a2V5")).toBe(false);
    expect(UNKNOWN_USER_HASH.startsWith("scrypt$131072$8$1$")).toBe(true);
  });
});
