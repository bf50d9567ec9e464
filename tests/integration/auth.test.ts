import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { db } from "@/lib/db/client";
import { createUser } from "../setup/factories";

describe("authenticate", () => {
  it("signs in with the right password, case-insensitive email, and logs the sign-in", async () => {
    const user = await createUser("MEMBER", "a good long password");
    const result = await authenticate({ email: user.email.toUpperCase(), password: "a good long password" });
    expect(result).toEqual({ id: user.id, name: user.displayName, role: "MEMBER" });
    const events = await (await db()).learningEvent.count({ where: { userId: user.id, type: "SIGNED_IN" } });
    expect(events).toBe(1);
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const user = await createUser("MEMBER", "a good long password");
    expect(await authenticate({ email: user.email, password: "wrong password here" })).toBeNull();
    expect(await authenticate({ email: "nobody@nowhere.test", password: "a good long password" })).toBeNull();
    expect(await authenticate({ email: "not an email", password: "" })).toBeNull();
  });

  it("refuses a deactivated account and one without a password", async () => {
    const prisma = await db();
    const user = await createUser("MEMBER", "a good long password");
    await prisma.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await authenticate({ email: user.email, password: "a good long password" })).toBeNull();
    const invited = await createUser("MEMBER");
    expect(await authenticate({ email: invited.email, password: "anything" })).toBeNull();
  });
});
