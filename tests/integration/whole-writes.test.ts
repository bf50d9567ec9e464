import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { findModule } from "@/lib/content/course";
import type { CourseModule } from "@/lib/content/load";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { completeLesson } from "@/lib/progress/complete-lesson";
import { rebuildModuleProgress } from "@/lib/progress/rebuild-module-progress";
import { recordLessonView } from "@/lib/progress/record-lesson-view";
import { startFinalCheck } from "@/lib/progress/start-final-check";
import { submitCheck } from "@/lib/progress/submit-check";
import { changeRole } from "@/lib/users/change-role";
import { createUser } from "../setup/factories";
import { answersToOpenDraw, takeFinalCheck } from "../setup/final-check";
import { signInAs } from "../setup/session";

// A multi-row write must leave everything or nothing. The database itself is made to fail midway:
// a trigger refuses one table's insert for one test user only, so other test files sharing a
// PostgreSQL database are not touched.

const intro = (await findModule("introduction")) as CourseModule;
const tag = randomUUID().replace(/-/g, "").slice(0, 12);
const doomed = new Set<string>();

async function failInsertsInto(table: "LearningEvent" | "ModuleProgress" | "AuditEntry", column: "userId" | "actorId") {
  const prisma = await db();
  const fn = `fail_${table}_${tag}`.toLowerCase();
  await prisma.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger AS $$
    BEGIN
      IF NEW."${column}" = ANY (string_to_array(current_setting('test.doomed_${tag}', true), ',')) THEN
        RAISE EXCEPTION 'injected failure in ${table}';
      END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`);
  await prisma.$executeRawUnsafe(`CREATE TRIGGER ${fn} BEFORE INSERT OR UPDATE ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
  return async () => {
    await prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS ${fn} ON "${table}"`);
    await prisma.$executeRawUnsafe(`DROP FUNCTION IF EXISTS ${fn}()`);
  };
}

// The doomed ids live in a database setting read by the trigger; ALTER DATABASE reaches every
// connection of the pool, and PGlite's single connection through SET.
async function doom(userId: string) {
  doomed.add(userId);
  const prisma = await db();
  const value = [...doomed].join(",");
  if (env.DATABASE_URL) {
    const name = (await prisma.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`)[0]!.name;
    await prisma.$executeRawUnsafe(`ALTER DATABASE "${name}" SET test.doomed_${tag} = '${value}'`);
    await prisma.$disconnect();
  } else {
    await prisma.$executeRawUnsafe(`SET test.doomed_${tag} = '${value}'`);
  }
}

let drops: (() => Promise<void>)[] = [];
beforeAll(async () => {
  drops = [await failInsertsInto("ModuleProgress", "userId"), await failInsertsInto("AuditEntry", "actorId")];
});
afterAll(async () => {
  for (const drop of drops) await drop();
  if (env.DATABASE_URL) {
    const prisma = await db();
    const name = (await prisma.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`)[0]!.name;
    await prisma.$executeRawUnsafe(`ALTER DATABASE "${name}" RESET test.doomed_${tag}`);
  }
});
afterEach(() => signInAs(null));

describe("writes that touch several rows", () => {
  it("a lesson completion that fails at the summary leaves no completion and no event", async () => {
    const member = await createUser("MEMBER");
    await doom(member.id);
    signInAs(member.id);
    await expect(completeLesson({ moduleSlug: "introduction", lessonSlug: intro.lessons[0]!.slug })).rejects.toThrow(/injected failure/);
    const prisma = await db();
    expect(await prisma.lessonProgress.count({ where: { userId: member.id } })).toBe(0);
    expect(await prisma.learningEvent.count({ where: { userId: member.id } })).toBe(0);
  });

  it("a final check that fails at the summary leaves no attempt, no event and no module completion", async () => {
    const member = await createUser("MEMBER");
    signInAs(member.id);
    for (const lesson of intro.lessons) await completeLesson({ moduleSlug: "introduction", lessonSlug: lesson.slug });
    const started = await startFinalCheck("introduction");
    if (!started.ok) throw new Error("not started");
    const answers = await answersToOpenDraw(intro, started.drawId, true);
    await doom(member.id);
    await expect(submitCheck({ moduleSlug: "introduction", checkId: "final" }, answers, started.drawId)).rejects.toThrow(/injected failure/);
    const prisma = await db();
    // The open attempt is still there to submit again.
    expect(await prisma.openCheckDraw.count({ where: { userId: member.id } })).toBe(1);
    expect(await prisma.checkAttempt.count({ where: { userId: member.id } })).toBe(0);
    expect(await prisma.moduleCompletion.count({ where: { userId: member.id } })).toBe(0);
    expect(await prisma.learningEvent.count({ where: { userId: member.id, type: { in: ["CHECK_ATTEMPTED", "MODULE_COMPLETED"] } } })).toBe(0);
  });

  it("a role change whose audit entry fails leaves the role as it was", async () => {
    const admin = await createUser("ADMIN");
    const member = await createUser("MEMBER");
    await doom(admin.id);
    signInAs(admin.id);
    await expect(changeRole({ userId: member.id, role: "TRAINER" })).rejects.toThrow(/injected failure/);
    expect((await (await db()).user.findUniqueOrThrow({ where: { id: member.id } })).role).toBe("MEMBER");
  });
});

describe("the ModuleProgress summary", () => {
  it("kept current write by write equals a rebuild from the facts", async () => {
    const prisma = await db();
    const members = await Promise.all([1, 2, 3].map(() => createUser("MEMBER")));
    for (const [i, member] of members.entries()) {
      signInAs(member.id);
      await takeFinalCheck(intro, false);
      for (const lesson of intro.lessons.slice(0, i + 1)) {
        await recordLessonView(intro, lesson);
        await completeLesson({ moduleSlug: "introduction", lessonSlug: lesson.slug });
      }
      if (i === 2) await takeFinalCheck(intro, true);
    }
    const ids = members.map((member) => member.id);
    const read = () =>
      prisma.moduleProgress.findMany({ where: { userId: { in: ids } }, orderBy: [{ userId: "asc" }, { moduleSlug: "asc" }] });
    const incremental = await read();
    expect(incremental).toHaveLength(3);
    expect(incremental.filter((row) => row.completedAt !== null)).toHaveLength(1);
    // Damage the summary, then rebuild it from the facts: it must come back exactly as it was.
    await prisma.moduleProgress.updateMany({ where: { userId: { in: ids } }, data: { lessonsDone: 99, bestScore: null } });
    expect(await rebuildModuleProgress(prisma, ids)).toBe(3);
    expect(await read()).toEqual(incremental);
  });
});
