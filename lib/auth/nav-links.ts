import type { Role } from "@/lib/generated/prisma/enums";
import { can, type Permission } from "./permissions";

/** The header's links, each shown to whoever holds its permission. Labels: layout.nav.<key>. */
export const NAV_LINKS = [
  { key: "myLearning", href: "/learn", permission: "learning:study" },
  { key: "cohorts", href: "/cohorts", permission: "cohorts:manage-own" },
  { key: "guides", href: "/guides", permission: "guides:read" },
  { key: "invitations", href: "/invitations", permission: "invitations:create" },
  { key: "reviews", href: "/reviews", permission: "memos:review" },
  { key: "reports", href: "/reports", permission: "reports:read" },
  { key: "users", href: "/admin/users", permission: "users:manage-roles" },
  { key: "account", href: "/account", permission: "account:manage-own" },
] as const satisfies readonly { key: string; href: string; permission: Permission }[];

export type NavKey = (typeof NAV_LINKS)[number]["key"];

export const navKeysFor = (role: Role): NavKey[] => NAV_LINKS.filter((link) => can(role, link.permission)).map((link) => link.key);
