import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { changePassword } from "@/lib/account/change-password";
import { signOutEverywhere } from "@/lib/account/sign-out-everywhere";
import { authenticate } from "@/lib/auth/authenticate";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { setUserActive } from "@/lib/users/set-user-active";
import { createUser } from "../setup/factories";
import { signInAs } from "../setup/session";

afterEach(() => signInAs(null));

const PASSWORD = "the current password";
const NEW_PASSWORD = "a brand new password";
const change = (overrides: Record<string, unknown> = {}) =>
  changePassword({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, ...overrides });
const version = async (id: string) => (await (await db()).user.findUniqueOrThrow({ where: { id } })).sessionVersion;

describe("changing her password", () => {
  it("needs the current password and a valid new one", async () => {
    const user = await createUser("MEMBER", PASSWORD);
    signInAs(user.id);
    expect(await change({ currentPassword: "not the password" })).toMatchObject({ ok: false, fieldErrors: { currentPassword: "currentPasswordWrong" } });
    expect(await change({ newPassword: "short", confirmPassword: "short" })).toMatchObject({ ok: false, fieldErrors: { newPassword: "passwordTooShort" } });
    expect(await change({ confirmPassword: "something else" })).toMatchObject({ ok: false, fieldErrors: { confirmPassword: "passwordsDiffer" } });
    expect(await version(user.id)).toBe(0);
    expect(await authenticate({ email: user.email, password: PASSWORD }, { address: randomUUID() })).toMatchObject({ ok: true });
  });

  it("takes the new password, refuses the old one, and ends every session including this one", async () => {
    const user = await createUser("TRAINER", PASSWORD);
    signInAs(user.id);
    expect(await change()).toEqual({ ok: true });
    expect(await version(user.id)).toBe(1);
    expect(await getCurrentUser()).toBeNull();
    expect(await authenticate({ email: user.email, password: PASSWORD }, { address: randomUUID() })).toMatchObject({ ok: false });
    const again = await authenticate({ email: user.email, password: NEW_PASSWORD }, { address: randomUUID() });
    expect(again).toMatchObject({ ok: true, user: { sessionVersion: 1 } });
    signInAs(user.id, 1);
    expect(await getCurrentUser()).toMatchObject({ id: user.id });
    expect(await (await db()).auditEntry.count({ where: { actorId: user.id, action: "user.password-changed" } })).toBe(1);
  });

  it("is refused when signed out", async () => {
    await expect(change()).rejects.toThrow(UnauthenticatedError);
  });
});

describe("signing out everywhere", () => {
  it("ends every session of hers and no one else's", async () => {
    const user = await createUser("MEMBER");
    const other = await createUser("MEMBER");
    signInAs(user.id);
    expect(await signOutEverywhere()).toEqual({ ok: true });
    expect(await getCurrentUser()).toBeNull();
    signInAs(other.id);
    expect(await getCurrentUser()).toMatchObject({ id: other.id });
  });
});

describe("deactivating and reactivating accounts", () => {
  it("is for admins only, never on their own account", async () => {
    const member = await createUser("MEMBER");
    const coordinator = await createUser("COORDINATOR");
    signInAs(coordinator.id);
    await expect(setUserActive({ userId: member.id, active: "false" })).rejects.toThrow(ForbiddenError);
    const admin = await createUser("ADMIN");
    signInAs(admin.id);
    expect(await setUserActive({ userId: admin.id, active: "false" })).toEqual({ ok: false, message: "ownAccount" });
    expect(await setUserActive({ userId: "cnosuchuser00000000000000", active: "false" })).toEqual({ ok: false, message: "accountGone" });
    expect(await setUserActive({ userId: member.id, active: "maybe" })).toEqual({ ok: false, message: "invalid" });
    expect((await (await db()).user.findUniqueOrThrow({ where: { id: member.id } })).deactivatedAt).toBeNull();
  });

  it("ends her sessions at once, refuses her sign-in, and after reactivation she signs in again", async () => {
    const prisma = await db();
    const member = await createUser("MEMBER", PASSWORD);
    const admin = await createUser("ADMIN");
    signInAs(admin.id);
    expect(await setUserActive({ userId: member.id, active: "false" })).toEqual({ ok: true });
    signInAs(member.id, 0);
    expect(await getCurrentUser()).toBeNull();
    expect(await authenticate({ email: member.email, password: PASSWORD }, { address: randomUUID() })).toMatchObject({ ok: false });

    signInAs(admin.id);
    expect(await setUserActive({ userId: member.id, active: "true" })).toEqual({ ok: true });
    // The session from before deactivation does not come back to life.
    signInAs(member.id, 0);
    expect(await getCurrentUser()).toBeNull();
    const signedIn = await authenticate({ email: member.email, password: PASSWORD }, { address: randomUUID() });
    expect(signedIn).toMatchObject({ ok: true, user: { sessionVersion: 2 } });
    signInAs(member.id, 2);
    expect(await getCurrentUser()).toMatchObject({ id: member.id });

    const audit = await prisma.auditEntry.findMany({ where: { actorId: admin.id }, orderBy: { id: "asc" }, select: { action: true, details: true } });
    expect(audit).toEqual([
      { action: "user.deactivated", details: { userId: member.id } },
      { action: "user.reactivated", details: { userId: member.id } },
    ]);
  });
});
