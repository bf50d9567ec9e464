import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { administratorNotice } from "@/lib/users/administrator-notice";
import { createAdministrator } from "@/lib/users/create-administrator";
import { createUser } from "../setup/factories";

const email = () => `admin-${randomUUID()}@test.local`;

describe("the first administrator", () => {
  // On PostgreSQL the test files share one database and others create administrators meanwhile, so
  // "none yet" can only be observed on the embedded database, which each file has to itself.
  it.skipIf(Boolean(env.DATABASE_URL))("is announced at start while none exists, and not once one does", async () => {
    expect(await administratorNotice()).toContain("npm run admin:create -- --email");
    const deactivated = await createUser("ADMIN");
    await (await db()).user.update({ where: { id: deactivated.id }, data: { deactivatedAt: new Date() } });
    expect(await administratorNotice()).not.toBeNull();
    await createUser("ADMIN");
    expect(await administratorNotice()).toBeNull();
  });

  it("is created with a hashed password and an audit entry, and can sign in", async () => {
    const address = email();
    const result = await createAdministrator({ email: address, displayName: "Nodira", password: "a long admin password" });
    expect(result).toMatchObject({ ok: true });
    const prisma = await db();
    const user = await prisma.user.findUniqueOrThrow({ where: { email: address } });
    expect(user.role).toBe("ADMIN");
    expect(user.passwordHash).not.toContain("a long admin password");
    expect(await prisma.auditEntry.count({ where: { actorId: user.id, action: "user.admin-created" } })).toBe(1);
    expect(await authenticate({ email: address, password: "a long admin password" }, { address: randomUUID() })).toMatchObject({ ok: true });
    expect(await administratorNotice()).toBeNull();
  });

  it("refuses a weak password and never takes over an existing account", async () => {
    expect(await createAdministrator({ email: email(), displayName: "Nodira", password: "short" })).toMatchObject({
      ok: false,
      fieldErrors: { password: "passwordTooShort" },
    });
    const member = await createUser("MEMBER");
    expect(await createAdministrator({ email: member.email, displayName: "Nodira", password: "a long admin password" })).toMatchObject({
      ok: false,
      message: "alreadyRegistered",
    });
    expect((await (await db()).user.findUniqueOrThrow({ where: { id: member.id } })).role).toBe("MEMBER");
  });
});
