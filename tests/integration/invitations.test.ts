import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { db } from "@/lib/db/client";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { findInvitation } from "@/lib/invitations/find-invitation";
import { createUser } from "../setup/factories";
import { signInAs } from "../setup/session";

afterEach(() => signInAs(null));

const ORIGIN = "http://localhost:3000";
const email = () => `invitee-${randomUUID()}@test.local`;
const profile = { displayName: "Gulnora", password: "a strong passphrase", confirmPassword: "a strong passphrase" };

async function invite(role = "MEMBER") {
  const trainer = await createUser(role === "MEMBER" ? "TRAINER" : "ADMIN");
  signInAs(trainer.id);
  const address = email();
  const result = await createInvitation({ email: address, role }, ORIGIN);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return { token: result.path.split("/").pop()!, address, trainer };
}

describe("invitations", () => {
  it("are refused to the signed-out and to members", async () => {
    await expect(createInvitation({ email: email(), role: "MEMBER" }, ORIGIN)).rejects.toThrow(UnauthenticatedError);
    signInAs((await createUser("MEMBER")).id);
    await expect(createInvitation({ email: email(), role: "MEMBER" }, ORIGIN)).rejects.toThrow(ForbiddenError);
  });

  it("stop a trainer from inviting above her level, and report bad input by field", async () => {
    signInAs((await createUser("TRAINER")).id);
    expect(await createInvitation({ email: email(), role: "ADMIN" }, ORIGIN)).toMatchObject({ ok: false, fieldErrors: { role: "roleNotAllowed" } });
    expect(await createInvitation({ email: "nope", role: "MEMBER" }, ORIGIN)).toMatchObject({ ok: false, fieldErrors: { email: "emailInvalid" } });
    expect(await (await db()).invitation.count({ where: { email: "nope" } })).toBe(0);
  });

  it("store only a hash of the token, and turn into an account once", async () => {
    const { token, address } = await invite();
    const prisma = await db();
    expect(await prisma.invitation.count({ where: { tokenHash: token } })).toBe(0);
    expect(await findInvitation(token)).toEqual({ state: "valid", email: address });

    expect(await acceptInvitation({ ...profile, token, countryCode: "TJ", sector: "JUDICIARY" })).toEqual({ ok: true, email: address });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: address } });
    expect(user).toMatchObject({ role: "MEMBER", countryCode: "TJ", sector: "JUDICIARY", displayName: "Gulnora" });
    expect(user.passwordHash).not.toContain("a strong passphrase");
    expect(await authenticate({ email: address, password: "a strong passphrase" })).not.toBeNull();

    expect(await findInvitation(token)).toEqual({ state: "used" });
    expect(await acceptInvitation({ ...profile, token })).toMatchObject({ ok: false, message: "invitationUnusable" });
  });

  it("accept a link once even when it is submitted twice at the same moment", async () => {
    const { token, address } = await invite();
    const results = await Promise.allSettled([acceptInvitation({ ...profile, token }), acceptInvitation({ ...profile, token })]);
    const succeeded = results.filter((r) => r.status === "fulfilled" && r.value.ok);
    expect(succeeded).toHaveLength(1);
    expect(await (await db()).user.count({ where: { email: address } })).toBe(1);
  });

  it("refuse an expired link and write nothing for bad input", async () => {
    const { token, address } = await invite();
    const prisma = await db();
    expect(await acceptInvitation({ ...profile, token, confirmPassword: "something else" })).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: "passwordsDiffer" },
    });
    await prisma.invitation.updateMany({ where: { email: address }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findInvitation(token)).toEqual({ state: "expired" });
    expect(await acceptInvitation({ ...profile, token })).toMatchObject({ ok: false, message: "invitationUnusable" });
    expect(await prisma.user.count({ where: { email: address } })).toBe(0);
  });

  it("treat unknown and malformed tokens as invalid", async () => {
    expect(await findInvitation("x".repeat(43))).toEqual({ state: "invalid" });
    expect(await findInvitation("'; DROP TABLE")).toEqual({ state: "invalid" });
  });
});
