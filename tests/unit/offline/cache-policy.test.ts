import { describe, expect, it } from "vitest";
import { isCoursePage, isImmutableAsset, isRscRequest } from "@/lib/offline/cache-policy";

describe("isCoursePage", () => {
  it("keeps the pages a member reads", () => {
    for (const path of ["/learn", "/learn/fairness", "/learn/fairness/why-fairness", "/glossary", "/about", "/sources", "/job-aids", "/job-aids/risk-template"]) {
      expect(isCoursePage(path), path).toBe(true);
    }
  });

  it("never keeps her checks, results, work, or anyone else's pages", () => {
    const never = [
      "/learn/fairness/check",
      "/learn/certificate",
      "/learn/certificate/pdf",
      "/learn/memo",
      "/learn/course-test",
      "/reports",
      "/reports/export",
      "/cohorts",
      "/cohorts/abc/members/def",
      "/admin/users",
      "/account",
      "/invitations",
      "/invite/token",
      "/reviews",
      "/api/auth/session",
      "/api/health",
      "/signin",
      "/",
      "/learn/fairness/lesson/extra",
      "/job-aids/risk-template/print",
      "/learn//x",
      "/learn/../reports",
    ];
    for (const path of never) expect(isCoursePage(path), path).toBe(false);
  });
});

describe("isImmutableAsset", () => {
  it("is true for the build's hashed files and the icons only", () => {
    expect(isImmutableAsset("/_next/static/chunks/abc123.js")).toBe(true);
    expect(isImmutableAsset("/_next/static/media/font.woff2")).toBe(true);
    expect(isImmutableAsset("/icon-192.png")).toBe(true);
    expect(isImmutableAsset("/icon-maskable-512.png")).toBe(true);
    expect(isImmutableAsset("/favicon.svg")).toBe(true);
    expect(isImmutableAsset("/_next/image")).toBe(false);
    expect(isImmutableAsset("/learn")).toBe(false);
    expect(isImmutableAsset("/icon-192.png/x")).toBe(false);
  });
});

describe("isRscRequest", () => {
  it("recognises Next's client-router requests by header or query", () => {
    expect(isRscRequest(new URL("http://x/learn?_rsc=abc"), new Headers())).toBe(true);
    expect(isRscRequest(new URL("http://x/learn"), new Headers({ RSC: "1" }))).toBe(true);
    expect(isRscRequest(new URL("http://x/learn"), new Headers())).toBe(false);
  });
});
