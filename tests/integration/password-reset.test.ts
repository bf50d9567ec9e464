import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isPasswordResetUsable } from "@/lib/account/find-password-reset";
import { requestPasswordReset } from "@/lib/account/request-password-reset";
import { resetPassword } from "@/lib/account/reset-password";
import { authenticate } from "@/lib/auth/authenticate";
import { isSessionCurrent } from "@/lib/auth/check-session";
import { db } from "@/lib/db/client";
import { createUser } from "../setup/factories";

const ORIGIN = "http://localhost:3000";
const PASSWORD = "the old password";
const NEW_PASSWORD = "a new password to use";
const context = () => ({ origin: ORIGIN, address: randomUUID() });

async function mailsTo(email: string) {
  return (await db()).outboxMail.findMany({ where: { toAddress: email }, orderBy: { createdAt: "asc" } });
}
const tokenIn = (body: string | null) => /\/reset-password\/([A-Za-z0-9_-]{43})/.exec(body ?? "")![1]!;

describe("forgotten password", () => {
  it("queues one link for an account, stores only its hash, and answers the same for an unknown email", async () => {
    const user = await createUser("MEMBER", PASSWORD);
    const unknown = `nobody-${randomUUID()}@nowhere.test`;
    expect(await requestPasswordReset({ email: user.email.toUpperCase() }, context())).toEqual({ ok: true });
    expect(await requestPasswordReset({ email: unknown }, context())).toEqual({ ok: true });
    expect(await mailsTo(unknown)).toHaveLength(0);
    const [mail] = await mailsTo(user.email);
    expect(mail!.body).toContain(`${ORIGIN}/reset-password/`);
    const token = tokenIn(mail!.body);
    const prisma = await db();
    expect(await prisma.passwordReset.count({ where: { tokenHash: token } })).toBe(0);
    expect(await prisma.passwordReset.count({ where: { userId: user.id } })).toBe(1);
    expect(await requestPasswordReset({ email: "not an email" }, context())).toMatchObject({ ok: false, fieldErrors: { email: "emailInvalid" } });
  });

  it("sets the new password once, ends every session, and a second use is refused", async () => {
    const user = await createUser("MEMBER", PASSWORD);
    await requestPasswordReset({ email: user.email }, context());
    const token = tokenIn((await mailsTo(user.email))[0]!.body);
    expect(await isPasswordResetUsable(token)).toBe(true);
    expect(await resetPassword({ token, password: "short", confirmPassword: "short" })).toMatchObject({ ok: false, fieldErrors: { password: "passwordTooShort" } });
    const results = await Promise.all([
      resetPassword({ token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
      resetPassword({ token, password: "another new password", confirmPassword: "another new password" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, fieldErrors: {}, message: "resetUnusable" }]);
    expect(await isPasswordResetUsable(token)).toBe(false);
    expect(await isSessionCurrent(user.id, 0)).toBe(false);
    expect(await authenticate({ email: user.email, password: PASSWORD }, { address: randomUUID() })).toMatchObject({ ok: false });
    const winner = results[0]!.ok ? NEW_PASSWORD : "another new password";
    expect(await authenticate({ email: user.email, password: winner }, { address: randomUUID() })).toMatchObject({ ok: true });
  });

  it("refuses an expired link, an earlier link once a newer one is sent, and a deactivated account", async () => {
    const prisma = await db();
    const user = await createUser("MEMBER", PASSWORD);
    const start = new Date();
    await requestPasswordReset({ email: user.email }, { ...context(), now: start });
    const expired = tokenIn((await mailsTo(user.email))[0]!.body);
    expect(await isPasswordResetUsable(expired, new Date(start.getTime() + 61 * 60_000))).toBe(false);
    expect(await resetPassword({ token: expired, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, new Date(start.getTime() + 61 * 60_000))).toMatchObject({
      ok: false,
      message: "resetUnusable",
    });

    await requestPasswordReset({ email: user.email }, context());
    const newer = tokenIn((await mailsTo(user.email))[1]!.body);
    expect(await isPasswordResetUsable(expired)).toBe(false);
    expect(await isPasswordResetUsable(newer)).toBe(true);

    await prisma.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await isPasswordResetUsable(newer)).toBe(false);
    expect(await resetPassword({ token: newer, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toMatchObject({ ok: false, message: "resetUnusable" });
    expect(await requestPasswordReset({ email: user.email }, context())).toEqual({ ok: true });
    expect(await mailsTo(user.email)).toHaveLength(2);
    expect(await resetPassword({ token: "../../etc/passwd", password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toMatchObject({ ok: false, message: "resetUnusable" });
  });

  it("limits requests per email and per address, the same way for unknown emails", async () => {
    const user = await createUser("MEMBER", PASSWORD);
    const answers = [];
    for (let i = 0; i < 4; i += 1) answers.push(await requestPasswordReset({ email: user.email }, context()));
    expect(answers.map((a) => a.ok)).toEqual([true, true, true, false]);
    expect(answers[3]).toMatchObject({ message: "throttled" });
    expect(await mailsTo(user.email)).toHaveLength(3);

    const address = randomUUID();
    const fromOne = [];
    for (let i = 0; i < 11; i += 1) fromOne.push((await requestPasswordReset({ email: `probe-${randomUUID()}@nowhere.test` }, { origin: ORIGIN, address })).ok);
    expect(fromOne.filter((ok) => !ok)).toHaveLength(1);
    expect(fromOne[10]).toBe(false);
  });
});
