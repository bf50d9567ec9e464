import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { listMyInvitations } from "@/lib/invitations/list-invitations";
import { getCompletionReport } from "@/lib/reports/completion-report";
import { changeRole } from "@/lib/users/change-role";
import { listUsers } from "@/lib/users/list-users";
import { createUser } from "../setup/factories";
import { signInAs } from "../setup/session";

afterEach(() => signInAs(null));

describe("staff functions called directly", () => {
  it("refuse a member every staff read and write", async () => {
    const member = await createUser("MEMBER");
    const other = await createUser("MEMBER");
    signInAs(member.id);
    await expect(getCompletionReport({})).rejects.toThrow(ForbiddenError);
    await expect(listUsers()).rejects.toThrow(ForbiddenError);
    await expect(listMyInvitations()).rejects.toThrow(ForbiddenError);
    await expect(changeRole({ userId: member.id, role: "ADMIN" })).rejects.toThrow(ForbiddenError);
    await expect(changeRole({ userId: other.id, role: "ADMIN" })).rejects.toThrow(ForbiddenError);
    expect((await (await db()).user.findUniqueOrThrow({ where: { id: member.id } })).role).toBe("MEMBER");
  });

  it("let only an admin change roles, never her own, and audit it", async () => {
    const coordinator = await createUser("COORDINATOR");
    const admin = await createUser("ADMIN");
    const member = await createUser("MEMBER");
    signInAs(coordinator.id);
    await expect(changeRole({ userId: member.id, role: "TRAINER" })).rejects.toThrow(ForbiddenError);
    signInAs(admin.id);
    expect(await changeRole({ userId: admin.id, role: "MEMBER" })).toEqual({ ok: false, message: "ownRole" });
    expect(await changeRole({ userId: member.id, role: "GOD" })).toEqual({ ok: false, message: "roleInvalid" });
    expect(await changeRole({ userId: member.id, role: "TRAINER" })).toEqual({ ok: true });
    const prisma = await db();
    expect((await prisma.user.findUniqueOrThrow({ where: { id: member.id } })).role).toBe("TRAINER");
    expect(await prisma.auditEntry.count({ where: { actorId: admin.id, action: "user.role-changed" } })).toBe(1);
  });

  it("give a coordinator the report on a cohort she does not run", async () => {
    const trainer = await createUser("TRAINER");
    const member = await createUser("MEMBER");
    const cohort = await (await db()).cohort.create({
      data: {
        name: "Someone else's cohort",
        countryCode: "UZ",
        locale: "ru",
        createdById: trainer.id,
        members: { create: { userId: member.id } },
        assignments: { create: { moduleSlug: "lawfulness", assignedById: trainer.id } },
      },
    });
    signInAs((await createUser("COORDINATOR")).id);
    const report = await getCompletionReport({ cohort: cohort.id });
    expect(report.byModule.map((row) => [row.key, row.enrolled, row.started])).toEqual([["lawfulness", 1, 0]]);
  });
});
