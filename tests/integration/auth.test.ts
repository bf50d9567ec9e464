import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { db } from "@/lib/db/client";
import { createUser } from "../setup/factories";

describe("authenticate", () => {
  it("signs in with the right password, case-insensitive email, and logs the sign-in", async () => {
    const user = await createUser("MEMBER", "a good long password");
    const result = await authenticate({ email: user.email.toUpperCase(), password: "a good long password" });
    expect(result).toEqual({ ok: true, user: { id: user.id, name: user.displayName, role: "MEMBER" } });
    const events = await (await db()).learningEvent.count({ where: { userId: user.id, type: "SIGNED_IN" } });
    expect(events).toBe(1);
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const user = await createUser("MEMBER", "a good long password");
    const refused = { ok: false, reason: "invalid" };
    expect(await authenticate({ email: user.email, password: "wrong password here" })).toEqual(refused);
    expect(await authenticate({ email: "nobody@nowhere.test", password: "a good long password" })).toEqual(refused);
    expect(await authenticate({ email: "not an email", password: "" })).toEqual(refused);
  });

  it("refuses a deactivated account and one without a password", async () => {
    const prisma = await db();
    const user = await createUser("MEMBER", "a good long password");
    await prisma.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await authenticate({ email: user.email, password: "a good long password" })).toMatchObject({ ok: false });
    const invited = await createUser("MEMBER");
    expect(await authenticate({ email: invited.email, password: "anything" })).toMatchObject({ ok: false });
  });

  it("stops checking passwords after ten failures in fifteen minutes, for known and unknown emails alike", async () => {
    const user = await createUser("MEMBER", "a good long password");
    const start = new Date("2026-04-01T10:00:00Z");
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    for (let i = 0; i < 10; i += 1) await authenticate({ email: user.email, password: `guess ${i}` }, at(i));
    expect(await authenticate({ email: user.email, password: "a good long password" }, at(10))).toEqual({ ok: false, reason: "throttled" });
    expect(await authenticate({ email: user.email, password: "a good long password" }, at(16))).toMatchObject({ ok: true });
    // Success clears the count: one more failure is not a lock-out.
    await authenticate({ email: user.email, password: "wrong" }, at(17));
    expect(await authenticate({ email: user.email, password: "a good long password" }, at(17))).toMatchObject({ ok: true });

    const stranger = "nobody-at-all@nowhere.test";
    for (let i = 0; i < 10; i += 1) await authenticate({ email: stranger, password: `guess ${i}` }, at(i));
    expect(await authenticate({ email: stranger, password: "guess" }, at(11))).toEqual({ ok: false, reason: "throttled" });
    const stored = await (await db()).signInThrottle.findMany();
    expect(JSON.stringify(stored)).not.toContain(stranger);
  });
});
