import { db } from "@/lib/db/client";
import { signInSchema } from "./schemas";
import { UNKNOWN_USER_HASH, verifyPassword } from "./password";

export type AuthenticatedUser = { id: string; name: string; role: string };

/** Returns the user for a correct email and password, or null; never says which part was wrong. */
export async function authenticate(input: unknown): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const prisma = await db();
  const user = await prisma.user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, displayName: true, role: true, passwordHash: true, deactivatedAt: true },
  });
  const valid = await verifyPassword(parsed.data.password, user?.passwordHash ?? UNKNOWN_USER_HASH);
  if (!user || !valid || !user.passwordHash || user.deactivatedAt) return null;
  await prisma.learningEvent.create({ data: { userId: user.id, type: "SIGNED_IN" } });
  return { id: user.id, name: user.displayName, role: user.role };
}
