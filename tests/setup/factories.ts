import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";

// A hash at production parameters takes a good fraction of a second: each fixture password is
// hashed once per test file and reused (same salt for every user with it, which only tests do).
const hashes = new Map<string, Promise<string>>();
export const fixtureHash = (password: string) => {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
};

/** A user with a unique email, so tests sharing one PostgreSQL database never collide. */
export async function createUser(role: Role = "MEMBER", password?: string) {
  const prisma = await db();
  return prisma.user.create({
    data: {
      email: `${role.toLowerCase()}-${randomUUID()}@test.local`,
      displayName: `Test ${role.toLowerCase()}`,
      role,
      passwordHash: password ? await fixtureHash(password) : null,
    },
  });
}
