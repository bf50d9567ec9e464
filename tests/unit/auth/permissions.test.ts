import { describe, expect, it } from "vitest";
import { can, invitableRoles, PERMISSIONS } from "@/lib/auth/permissions";

describe("permissions", () => {
  it("lets every role study, and only staff invite", () => {
    for (const role of ["MEMBER", "TRAINER", "COORDINATOR", "ADMIN"] as const) expect(can(role, "learning:study")).toBe(true);
    expect(can("MEMBER", "invitations:create")).toBe(false);
    expect(can("TRAINER", "invitations:create")).toBe(true);
  });

  it("keeps reports to coordinators and admins, and role changes to admins", () => {
    expect(can("TRAINER", "reports:read")).toBe(false);
    expect(can("COORDINATOR", "reports:read")).toBe(true);
    expect(can("TRAINER", "certificates:revoke")).toBe(false);
    expect(can("MEMBER", "certificates:revoke")).toBe(false);
    expect(can("COORDINATOR", "certificates:revoke")).toBe(true);
    expect(can("COORDINATOR", "users:manage-roles")).toBe(false);
    expect(can("ADMIN", "users:manage-roles")).toBe(true);
    expect(can("COORDINATOR", "users:manage-access")).toBe(false);
    expect(can("ADMIN", "users:manage-access")).toBe(true);
  });

  it("never lets a member hold a staff permission", () => {
    const memberPermissions = Object.entries(PERMISSIONS).filter(([, roles]) => (roles as readonly string[]).includes("MEMBER"));
    expect(memberPermissions.map(([name]) => name)).toEqual(["learning:study", "account:manage-own"]);
  });

  it("lets an inviter bring in people only at or below her own level", () => {
    expect(invitableRoles("MEMBER")).toEqual([]);
    expect(invitableRoles("TRAINER")).toEqual(["MEMBER"]);
    expect(invitableRoles("COORDINATOR")).not.toContain("ADMIN");
    expect(invitableRoles("ADMIN")).toContain("ADMIN");
  });
});
