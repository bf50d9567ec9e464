import type { Role } from "@/lib/generated/prisma/enums";

// Who may do what, as data: every server-side check goes through `can`.
export const PERMISSIONS = {
  "learning:study": ["MEMBER", "TRAINER", "COORDINATOR", "ADMIN"],
  "account:manage-own": ["MEMBER", "TRAINER", "COORDINATOR", "ADMIN"],
  "invitations:create": ["TRAINER", "COORDINATOR", "ADMIN"],
  "cohorts:manage-own": ["TRAINER", "COORDINATOR", "ADMIN"],
  "cohorts:manage-all": ["COORDINATOR", "ADMIN"],
  "reports:read": ["COORDINATOR", "ADMIN"],
  // The facilitator guides are for whoever runs a cohort session, not for the members in it.
  "guides:read": ["TRAINER", "COORDINATOR", "ADMIN"],
  // Marking capstone memos: trainers for their cohorts, coordinators only where no trainer exists
  // (lib/memos/access.ts). Admins run the platform and get no access to memo text.
  "memos:review": ["TRAINER", "COORDINATOR"],
  "certificates:revoke": ["COORDINATOR", "ADMIN"],
  "users:manage-roles": ["ADMIN"],
  "users:manage-access": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

// An inviter may bring in people at her own level of trust or below, never above it.
const INVITABLE: Record<Role, readonly Role[]> = {
  MEMBER: [],
  TRAINER: ["MEMBER"],
  COORDINATOR: ["MEMBER", "TRAINER"],
  ADMIN: ["MEMBER", "TRAINER", "COORDINATOR", "ADMIN"],
};

export function invitableRoles(role: Role): readonly Role[] {
  return INVITABLE[role];
}
