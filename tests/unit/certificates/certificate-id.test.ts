import { describe, expect, it } from "vitest";
import { certificateIdSchema, newCertificateId } from "@/lib/certificates/certificate-id";

describe("certificate ids", () => {
  it("are 24 URL-safe characters carrying 144 random bits", () => {
    const id = newCertificateId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(Buffer.from(id, "base64url")).toHaveLength(18);
    expect(certificateIdSchema.safeParse(id).success).toBe(true);
  });

  it("do not repeat and use the whole alphabet evenly", () => {
    const ids = Array.from({ length: 5000 }, newCertificateId);
    expect(new Set(ids).size).toBe(ids.length);
    // 5,000 × 24 characters over 64 symbols: each symbol about 1,875 times; a counter or a
    // timestamp would leave whole symbols unused or crowd a few.
    const counts = new Map<string, number>();
    for (const char of ids.join("")) counts.set(char, (counts.get(char) ?? 0) + 1);
    expect(counts.size).toBe(64);
    for (const count of counts.values()) expect(count).toBeGreaterThan(1500);
  });

  it("refuses anything else before a lookup", () => {
    for (const bad of ["", "short", "a".repeat(25), "cjld2cjxh0000qzrmn831i7rn", "abc/def+ghi=jkl.mno$pqrs"]) {
      expect(certificateIdSchema.safeParse(bad).success).toBe(false);
    }
  });
});
