import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/safe-callback";

const ORIGIN = "http://localhost:3000";

describe("safeCallbackPath", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeCallbackPath("/learn/introduction", ORIGIN)).toBe("/learn/introduction");
    expect(safeCallbackPath("/reports?country=TJ#cohorts", ORIGIN)).toBe("/reports?country=TJ#cohorts");
    expect(safeCallbackPath("http://localhost:3000/admin/users", ORIGIN)).toBe("/admin/users");
    expect(safeCallbackPath("/%09/evil.example", ORIGIN)).toBe("/%09/evil.example"); // an odd path here, not a host
  });

  it.each([
    ["protocol-relative", "//evil.example"],
    ["protocol-relative with path", "//evil.example/learn"],
    ["backslash", "/\\evil.example"],
    ["two backslashes", "\\\\evil.example"],
    ["tab the URL parser drops", "/\t/evil.example"],
    ["newline the URL parser drops", "/\n/evil.example"],
    ["absolute, other host", "https://evil.example/learn"],
    ["absolute, other port", "http://localhost:4000/learn"],
    ["absolute, other scheme", "https://localhost:3000/learn"],
    ["scheme-relative with credentials", "//localhost:3000@evil.example"],
    ["javascript", "javascript:alert(1)"],
    ["data", "data:text/html,<script>alert(1)</script>"],
    ["same origin but a double-slash path", "http://localhost:3000//evil.example"],
    ["same origin but a slash-backslash path", "http://localhost:3000/\\evil.example"],
  ])("refuses %s", (_name, value) => {
    expect(safeCallbackPath(value, ORIGIN)).toBe("/learn");
  });

  it("refuses what is not a usable string", () => {
    for (const value of [undefined, null, 42, ["/learn"], "", "/".repeat(3000)]) expect(safeCallbackPath(value, ORIGIN, "/")).toBe("/");
  });

  it("refuses encoded forms once decoded, as the page receives them", () => {
    const decoded = new URLSearchParams("callbackUrl=%2F%2Fevil.example").get("callbackUrl");
    expect(safeCallbackPath(decoded, ORIGIN)).toBe("/learn");
    const tab = new URLSearchParams("callbackUrl=%2F%09%2Fevil.example").get("callbackUrl");
    expect(safeCallbackPath(tab, ORIGIN)).toBe("/learn");
    const backslash = new URLSearchParams("callbackUrl=%2F%5Cevil.example").get("callbackUrl");
    expect(safeCallbackPath(backslash, ORIGIN)).toBe("/learn");
  });
});
