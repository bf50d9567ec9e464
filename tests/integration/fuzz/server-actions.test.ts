import fc from "fast-check";
import { afterAll, describe, expect, it, vi } from "vitest";
import { getCourse } from "@/lib/content/course";
import { db } from "@/lib/db/client";
import { rebuildModuleProgress } from "@/lib/progress/rebuild-module-progress";
import { createUser } from "../../setup/factories";
import { signInAs } from "../../setup/session";
import { formBodies, toFormData } from "./form-inputs";

// Every server action in app/, found by file name so a new one is fuzzed without being listed,
// called with generated form bodies by every kind of caller. An action may answer, redirect, or
// raise Next's not-found/forbidden signals; anything else it throws would reach the member as a
// 500. Afterwards the data must still be whole: no completion without its event, no attempt
// without its event, and the summary table equal to a rebuild from the facts.

vi.mock("next/cache", () => ({ refresh: vi.fn() }));
// Outside Next, next-intl has no request to take the language from (proxy.ts gives it): English here.
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost:3000" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined, has: () => false }),
}));

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);

type Action = (...args: unknown[]) => Promise<unknown>;
const modules = import.meta.glob<Record<string, unknown>>("../../../app/**/actions.ts", { eager: true });
const actions = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, Action] => typeof entry[1] === "function")
    .map(([name, action]) => ({ label: `${file.replace("../../../", "")} ${name}`, action })),
);

// Next turns these into a redirect, a 404 or a 403 response: expected outcomes, not errors.
const isNextSignal = (error: unknown) =>
  typeof (error as { digest?: unknown })?.digest === "string" &&
  /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK|NOT_FOUND)/.test((error as { digest: string }).digest);

const prisma = await db();
const course = await getCourse();
const trainer = await createUser("TRAINER");
const otherTrainer = await createUser("TRAINER");
const member = await createUser("MEMBER");
const coordinator = await createUser("COORDINATOR");
const admin = await createUser("ADMIN");
const cohort = await prisma.cohort.create({
  data: {
    name: "Fuzz cohort",
    countryCode: "TJ",
    locale: "ru",
    createdById: trainer.id,
    trainers: { create: { userId: trainer.id } },
    members: { create: { userId: member.id } },
    assignments: { create: { moduleSlug: "fairness", assignedById: trainer.id } },
  },
});
const fixtureUsers = [trainer, otherTrainer, member, coordinator, admin];
const actors = [null, ...fixtureUsers.map((user) => user.id)];
const plausible = [
  cohort.id,
  ...fixtureUsers.map((user) => user.id),
  ...course.modules.flatMap((module) => [module.slug, ...module.lessons.map((lesson) => lesson.slug), ...module.reflectionIds]),
  "2027-03-15",
  "TRAINER",
];

// Outcomes per action, printed at the end: the figures for "how many inputs would have been a 500".
const tally = new Map<string, { inputs: number; answered: number; signalled: number; unhandled: number }>();

afterAll(() => {
  signInAs(null);
  const rows = [...tally].map(([label, t]) => ({ action: label, ...t }));
  const total = rows.reduce((sum, row) => ({ inputs: sum.inputs + row.inputs, unhandled: sum.unhandled + row.unhandled }), { inputs: 0, unhandled: 0 });
  console.table(rows);
  console.log(`${total.inputs} generated inputs over ${rows.length} server actions: ${total.unhandled} unhandled errors (seed ${SEED}).`);
});

describe("server actions under generated input", () => {
  it("finds the app's actions", () => {
    expect(actions.length).toBeGreaterThanOrEqual(10);
  });

  for (const { label, action } of actions) {
    it(`${label}: ${RUNS} generated bodies, no unhandled error`, async () => {
      const failures: string[] = [];
      const counts = { inputs: 0, answered: 0, signalled: 0, unhandled: 0 };
      tally.set(label, counts);
      await fc.assert(
        fc.asyncProperty(formBodies(plausible), fc.constantFrom(...actors), async (fields, actor) => {
          signInAs(actor);
          const form = toFormData(fields);
          counts.inputs += 1;
          try {
            await (action.length >= 2 ? action(null, form) : action(form));
            counts.answered += 1;
          } catch (error) {
            if (isNextSignal(error)) {
              counts.signalled += 1;
              return;
            }
            counts.unhandled += 1;
            failures.push(`${(error as Error).message?.slice(0, 200)} with ${JSON.stringify(fields).slice(0, 300)}`);
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
      expect(failures.slice(0, 5)).toEqual([]);
    });
  }

  it("left every write whole", async () => {
    const ids = fixtureUsers.map((user) => user.id);
    const completedWithoutEvent = await prisma.$queryRaw<{ n: number }[]>`
      SELECT COUNT(*)::int AS n FROM "LessonProgress" p
      WHERE p."userId" = ANY(${ids}) AND p."completedAt" IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM "LearningEvent" e WHERE e."userId" = p."userId" AND e.type = 'LESSON_COMPLETED'
          AND e."moduleSlug" = p."moduleSlug" AND e."lessonSlug" = p."lessonSlug")`;
    expect(completedWithoutEvent[0]!.n).toBe(0);
    const attempts = await prisma.checkAttempt.count({ where: { userId: { in: ids } } });
    const attemptEvents = await prisma.learningEvent.count({ where: { userId: { in: ids }, type: "CHECK_ATTEMPTED" } });
    expect(attemptEvents).toBe(attempts);
    const summary = () => prisma.moduleProgress.findMany({ where: { userId: { in: ids } }, orderBy: [{ userId: "asc" }, { moduleSlug: "asc" }] });
    const incremental = await summary();
    await rebuildModuleProgress(prisma, ids);
    expect(await summary()).toEqual(incremental);
  });
});
