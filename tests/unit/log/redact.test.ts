import { describe, expect, it } from "vitest";
import { redactUrl } from "@/lib/log/redact";
import { requestIdFrom } from "@/lib/log/request-id";

describe("redactUrl", () => {
  it("hides invitation tokens in the path", () => {
    expect(redactUrl("/invite/abcDEF123-secret")).toBe("/invite/[redacted]");
    expect(redactUrl("https://course.example/invite/abc/accept?x=1")).toBe("/invite/[redacted]/accept?x=1");
  });

  it("hides secret query parameters and keeps the rest", () => {
    expect(redactUrl("/api/auth/callback/email?token=t0k&email=a%40b.c&page=2")).toBe(
      "/api/auth/callback/email?token=[redacted]&email=[redacted]&page=2",
    );
    expect(redactUrl("/learn/fairness")).toBe("/learn/fairness");
  });
});

describe("requestIdFrom", () => {
  it("keeps a plain caller id and replaces anything else", () => {
    expect(requestIdFrom("req-1234abcd")).toBe("req-1234abcd");
    expect(requestIdFrom("bad id\n{\"level\":\"fatal\"}")).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom(null)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
