import { randomBytes, randomUUID, scryptSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { isSessionCurrent } from "@/lib/auth/check-session";
import { db } from "@/lib/db/client";
import { createUser } from "../setup/factories";

const PASSWORD = "a good long password";
// Every test signs in from its own address, so tests sharing a PostgreSQL database never share a counter.
const newAddress = () => `10.${randomBytes(3).join(".")}-${randomUUID()}`;

describe("authenticate", () => {
  it("signs in with the right password, case-insensitive email, and logs the sign-in", async () => {
    const user = await createUser("MEMBER", PASSWORD);
    const result = await authenticate({ email: user.email.toUpperCase(), password: PASSWORD }, { address: newAddress() });
    expect(result).toEqual({ ok: true, user: { id: user.id, name: user.displayName, role: "MEMBER", sessionVersion: 0 } });
    const events = await (await db()).learningEvent.count({ where: { userId: user.id, type: "SIGNED_IN" } });
    expect(events).toBe(1);
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const user = await createUser("MEMBER", PASSWORD);
    const address = newAddress();
    const refused = { ok: false, reason: "invalid" };
    expect(await authenticate({ email: user.email, password: "wrong password here" }, { address })).toEqual(refused);
    expect(await authenticate({ email: "nobody@nowhere.test", password: PASSWORD }, { address })).toEqual(refused);
    expect(await authenticate({ email: "not an email", password: "" }, { address })).toEqual(refused);
  });

  it("refuses a deactivated account and one without a password", async () => {
    const prisma = await db();
    const user = await createUser("MEMBER", PASSWORD);
    await prisma.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await authenticate({ email: user.email, password: PASSWORD }, { address: newAddress() })).toMatchObject({ ok: false });
    const invited = await createUser("MEMBER");
    expect(await authenticate({ email: invited.email, password: "anything" }, { address: newAddress() })).toMatchObject({ ok: false });
  });

  it("replaces a hash made with older scrypt parameters at the next successful sign-in", async () => {
    const prisma = await db();
    const salt = randomBytes(16);
    const key = scryptSync(PASSWORD.normalize("NFKC"), salt, 32, { N: 16384, r: 8, p: 1 });
    const old = ["scrypt", 16384, 8, 1, salt.toString("base64"), key.toString("base64")].join("$");
    const user = await createUser("MEMBER");
    await prisma.user.update({ where: { id: user.id }, data: { passwordHash: old } });

    expect(await authenticate({ email: user.email, password: "wrong password" }, { address: newAddress() })).toMatchObject({ ok: false });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(old);

    expect(await authenticate({ email: user.email, password: PASSWORD }, { address: newAddress() })).toMatchObject({ ok: true });
    const upgraded = (await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash!;
    expect(upgraded.startsWith("scrypt$131072$8$1$")).toBe(true);
    expect(await authenticate({ email: user.email, password: PASSWORD }, { address: newAddress() })).toMatchObject({ ok: true });
  });

});

describe("isSessionCurrent", () => {
  it("accepts the current version only, of an active account that exists", async () => {
    const prisma = await db();
    const user = await createUser("MEMBER");
    expect(await isSessionCurrent(user.id, 0)).toBe(true);
    expect(await isSessionCurrent(user.id, undefined)).toBe(false);
    await prisma.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await isSessionCurrent(user.id, 0)).toBe(false);
    expect(await isSessionCurrent(user.id, 1)).toBe(true);
    await prisma.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await isSessionCurrent(user.id, 1)).toBe(false);
    expect(await isSessionCurrent("no-such-user", 0)).toBe(false);
  });
});
