import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { reflectionSchema } from "./schemas";

export type SaveReflectionResult = { ok: true } | { ok: false; message: string };

/** Her private note on a reflection prompt; an empty note deletes it. */
export async function saveReflection(input: unknown): Promise<SaveReflectionResult> {
  const user = await requirePermission("learning:study");
  const parsed = reflectionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "noteNotSaved" };
  const { moduleSlug, promptId, text } = parsed.data;
  const key = { userId: user.id, moduleSlug, promptId };
  const prisma = await db();
  if (text === "") {
    await prisma.reflection.deleteMany({ where: key });
    return { ok: true };
  }
  await prisma.reflection.upsert({
    where: { userId_moduleSlug_promptId: key },
    create: { ...key, text },
    update: { text },
  });
  await prisma.learningEvent.create({ data: { userId: user.id, moduleSlug, type: "REFLECTION_SAVED" } });
  return { ok: true };
}

export async function getReflection(moduleSlug: string, promptId: string): Promise<string> {
  const user = await requirePermission("learning:study");
  const note = await (await db()).reflection.findUnique({
    where: { userId_moduleSlug_promptId: { userId: user.id, moduleSlug, promptId } },
    select: { text: true },
  });
  return note?.text ?? "";
}
