import { afterEach, describe, expect, it, vi } from "vitest";

const env = vi.hoisted(() => ({ value: {} as Record<string, string | undefined> }));
vi.mock("@/lib/env", () => ({
  get env() {
    return env.value;
  },
}));

const { mailDelivery } = await import("@/lib/mail/mail-delivery");
const { publicOrigin } = await import("@/lib/http/public-origin");

afterEach(() => {
  env.value = {};
});

describe("mailDelivery", () => {
  it("uses SMTP when set, files outside production or when OUTBOX_DIR is set, else nothing", () => {
    env.value = { NODE_ENV: "production", SMTP_URL: "smtp://mail.example.org" };
    expect(mailDelivery()).toBe("smtp");
    env.value = { NODE_ENV: "development" };
    expect(mailDelivery()).toBe("files");
    env.value = { NODE_ENV: "production", OUTBOX_DIR: "data/outbox" };
    expect(mailDelivery()).toBe("files");
    env.value = { NODE_ENV: "production" };
    expect(mailDelivery()).toBe("none");
  });
});

describe("publicOrigin", () => {
  it("comes from configuration, PUBLIC_URL first, never from a request", () => {
    env.value = { NODE_ENV: "production", PUBLIC_URL: "https://course.example.org/", NEXTAUTH_URL: "https://other.example.org" };
    expect(publicOrigin()).toBe("https://course.example.org");
    env.value = { NODE_ENV: "production", NEXTAUTH_URL: "https://course.example.org/learning" };
    expect(publicOrigin()).toBe("https://course.example.org/learning");
    env.value = { NODE_ENV: "development" };
    expect(publicOrigin()).toBe("http://localhost:3000");
    env.value = { NODE_ENV: "production" };
    expect(() => publicOrigin()).toThrow(/PUBLIC_URL/);
  });
});
