import { requirePermission } from "@/lib/auth/current-user";
import { findModule } from "@/lib/content/course";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { reflectionSchema } from "./schemas";

export type SaveReflectionResult = { ok: true } | { ok: false; message: string };

/** Her private note on a reflection prompt; an empty note deletes it. */
export async function saveReflection(input: unknown): Promise<SaveReflectionResult> {
  const user = await requirePermission("learning:study");
  const parsed = reflectionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "noteNotSaved" };
  const { moduleSlug, promptId, text } = parsed.data;
  // Only the prompts the course has: a made-up module or prompt would store rows without end.
  const module = await findModule(moduleSlug);
  if (!module?.reflectionIds.includes(promptId)) throw new NotFoundError("This reflection prompt");
  const key = { userId: user.id, moduleSlug, promptId };
  const prisma = await db();
  if (text === "") {
    await prisma.reflection.deleteMany({ where: key });
    return { ok: true };
  }
  await prisma.$transaction(async (tx) => {
    await tx.reflection.upsert({
      where: { userId_moduleSlug_promptId: key },
      create: { ...key, text },
      update: { text },
    });
    await tx.learningEvent.create({ data: { userId: user.id, moduleSlug, type: "REFLECTION_SAVED" } });
  });
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
