import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";

export type UserRow = { id: string; displayName: string; email: string; role: Role; countryCode: string | null; deactivatedAt: Date | null };

export async function listUsers(): Promise<UserRow[]> {
  await requirePermission("users:manage-roles");
  return (await db()).user.findMany({
    orderBy: { createdAt: "asc" },
    take: 500,
    select: { id: true, displayName: true, email: true, role: true, countryCode: true, deactivatedAt: true },
  });
}
