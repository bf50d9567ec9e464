import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";

/** A user with a unique email, so tests sharing one PostgreSQL database never collide. */
export async function createUser(role: Role = "MEMBER", password?: string) {
  const prisma = await db();
  return prisma.user.create({
    data: {
      email: `${role.toLowerCase()}-${randomUUID()}@test.local`,
      displayName: `Test ${role.toLowerCase()}`,
      role,
      passwordHash: password ? await hashPassword(password) : null,
    },
  });
}
