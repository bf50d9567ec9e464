import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { findInvitation } from "@/lib/invitations/find-invitation";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { createUser } from "../setup/factories";
import { signInAs } from "../setup/session";

afterEach(() => signInAs(null));

const email = () => `invitee-${randomUUID()}@test.local`;
const profile = { displayName: "Gulnora", password: "a strong passphrase", confirmPassword: "a strong passphrase" };

async function invite(role = "MEMBER") {
  const trainer = await createUser(role === "MEMBER" ? "TRAINER" : "ADMIN");
  signInAs(trainer.id);
  const address = email();
  const result = await createInvitation({ email: address, role });
  if (!result.ok || !result.link) throw new Error(JSON.stringify(result));
  return { token: result.link.split("/").pop()!, link: result.link, address, trainer };
}

describe("invitations", () => {
  it("are refused to the signed-out and to members", async () => {
    await expect(createInvitation({ email: email(), role: "MEMBER" })).rejects.toThrow(UnauthenticatedError);
    signInAs((await createUser("MEMBER")).id);
    await expect(createInvitation({ email: email(), role: "MEMBER" })).rejects.toThrow(ForbiddenError);
  });

  it("stop a trainer from inviting above her level, and report bad input by field", async () => {
    signInAs((await createUser("TRAINER")).id);
    expect(await createInvitation({ email: email(), role: "ADMIN" })).toMatchObject({ ok: false, fieldErrors: { role: "roleNotAllowed" } });
    expect(await createInvitation({ email: "nope", role: "MEMBER" })).toMatchObject({ ok: false, fieldErrors: { email: "emailInvalid" } });
    expect(await (await db()).invitation.count({ where: { email: "nope" } })).toBe(0);
  });

  it("store only a hash of the token, and turn into an account once", async () => {
    const { token, address } = await invite();
    const prisma = await db();
    expect(await prisma.invitation.count({ where: { tokenHash: token } })).toBe(0);
    expect(await findInvitation(token)).toEqual({ state: "new", email: address, inviterName: "Test trainer", cohortName: null });

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

  it("are written with their mail in one transaction, the link built from the configured address", async () => {
    const { address, link } = await invite();
    const prisma = await db();
    const invitation = await prisma.invitation.findFirstOrThrow({ where: { email: address }, include: { mails: true } });
    expect(invitation.mails).toHaveLength(1);
    expect(invitation.mails[0]).toMatchObject({ toAddress: address, status: "PENDING", attempts: 0 });
    expect(link).toMatch(/^https?:\/\/[^ ]+\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(invitation.mails[0]!.body).toContain(link);
  });

  it("answer the same whether or not the address already has an account", async () => {
    const admin = await createUser("ADMIN");
    const registered = await createUser("MEMBER", "a strong passphrase");
    signInAs(admin.id);
    const known = await createInvitation({ email: registered.email, role: "TRAINER" });
    const unknown = await createInvitation({ email: email(), role: "TRAINER" });
    const shape = (result: typeof known) => JSON.stringify(result).replace(/\/invite\/[A-Za-z0-9_-]{43}/, "/invite/TOKEN");
    expect(shape(known)).toBe(shape(unknown));
    expect(known).toMatchObject({ ok: true, mailed: false });
    // The link's page is where the account's existence is told, to whoever holds the link.
    const token = known.ok ? known.link!.split("/").pop()! : "";
    expect(await findInvitation(token)).toEqual({ state: "hasAccount", email: registered.email });
    expect(await acceptInvitation({ ...profile, token })).toMatchObject({ ok: false, message: "invitationUnusable" });
    const account = await (await db()).user.findUniqueOrThrow({ where: { id: registered.id } });
    expect(account.role).toBe("MEMBER");
  });

  it("can be resent: a new link and mail, the old link void and its unsent mail withdrawn", async () => {
    const { token, address, trainer } = await invite();
    const prisma = await db();
    const old = await prisma.invitation.findFirstOrThrow({ where: { email: address } });
    signInAs((await createUser("TRAINER")).id);
    await expect(resendInvitation(old.id)).rejects.toThrow(NotFoundError);
    signInAs(trainer.id);
    const resent = await resendInvitation(old.id);
    expect(resent).toMatchObject({ ok: true, mailed: false });
    const fresh = resent.link!.split("/").pop()!;
    expect(fresh).not.toBe(token);

    expect(await findInvitation(token)).toEqual({ state: "replaced" });
    expect(await acceptInvitation({ ...profile, token })).toMatchObject({ ok: false, message: "invitationUnusable" });
    const oldMail = await prisma.outboxMail.findFirstOrThrow({ where: { invitationId: old.id } });
    expect(oldMail).toMatchObject({ status: "FAILED", body: null });
    const replacement = await prisma.invitation.findFirstOrThrow({ where: { email: address, revokedAt: null }, include: { mails: true } });
    expect(replacement.mails[0]!.body).toContain(resent.link);
    // A replaced invitation cannot be resent again: only the newest one.
    await expect(resendInvitation(old.id)).rejects.toThrow(NotFoundError);

    expect(await acceptInvitation({ ...profile, token: fresh })).toEqual({ ok: true, email: address });
  });

  it("treat unknown and malformed tokens as invalid", async () => {
    expect(await findInvitation("x".repeat(43))).toEqual({ state: "invalid" });
    expect(await findInvitation("'; DROP TABLE")).toEqual({ state: "invalid" });
  });
});
