import { getCourse } from "@/lib/content/course";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { FINAL_CHECK } from "@/lib/progress/constants";
import { drawCheck } from "@/lib/progress/draw";
import { scoreCheck } from "@/lib/progress/score";
import { syncModuleProgress } from "@/lib/progress/sync-module-progress";

// A demo cohort run by the demo trainer: fictional members (pseudonyms) at different points in
// three assigned modules, so the trainer's view and the coordinator's reports show something on
// first start. Nothing here describes a real person.
const COHORT_NAME = "Dushanbe pilot cohort (demo)";
const MEMBERS = ["Nilufar", "Shabnam", "Madina", "Farzana", "Gulnora", "Zainab", "Parwin"];
const DAY = 24 * 60 * 60 * 1000;

export async function seedDemoCohort(prisma: PrismaClient, trainerId: string, memberIds: string[], passwordHash: string): Promise<void> {
  if (await prisma.cohort.findFirst({ where: { name: COHORT_NAME }, select: { id: true } })) return;
  const course = await getCourse();
  const now = Date.now();
  const cohort = await prisma.cohort.create({
    data: {
      name: COHORT_NAME,
      countryCode: "TJ",
      locale: "ru",
      startsOn: new Date(now - 40 * DAY),
      createdById: trainerId,
      trainers: { create: { userId: trainerId } },
      assignments: {
        create: [
          { moduleSlug: "introduction", dueOn: new Date(now - 14 * DAY), assignedById: trainerId, createdAt: new Date(now - 40 * DAY) },
          { moduleSlug: "lawfulness", dueOn: new Date(now + 21 * DAY), assignedById: trainerId, createdAt: new Date(now - 40 * DAY) },
          { moduleSlug: "human-rights", assignedById: trainerId, createdAt: new Date(now - 40 * DAY) },
        ],
      },
    },
  });
  const sectors = ["LAW_ENFORCEMENT", "JUDICIARY", "PROSECUTION", "CIVIL_SOCIETY"] as const;
  const people = [...memberIds];
  for (const [index, name] of MEMBERS.entries()) {
    const user = await prisma.user.create({
      data: { email: `${name.toLowerCase()}@demo.local`, displayName: name, countryCode: "TJ", sector: sectors[index % 4], locale: "ru", passwordHash },
    });
    people.push(user.id);
  }
  await prisma.cohortMember.createMany({ data: people.map((userId) => ({ cohortId: cohort.id, userId, enrolledAt: new Date(now - 40 * DAY) })) });

  // Member n has finished n lessons in order across the three modules and passed each finished
  // module's check (the demo member, first, has done nothing yet).
  const modules = ["introduction", "lawfulness", "human-rights"].map((slug) => course.modules.find((m) => m.slug === slug)!);
  for (const [n, userId] of people.entries()) {
    let left = n * 2;
    for (const [m, module] of modules.entries()) {
      const done = Math.min(left, module.lessons.length);
      left -= done;
      for (const [l, lesson] of module.lessons.slice(0, done).entries()) {
        const at = new Date(now - (35 - m * 8 - l * 2 - n) * DAY);
        await prisma.lessonProgress.create({
          data: { userId, moduleSlug: module.slug, lessonSlug: lesson.slug, startedAt: at, lastViewedAt: at, completedAt: at, contentVersion: lesson.version },
        });
      }
      if (done === module.lessons.length) {
        const at = new Date(now - (30 - m * 8 - n) * DAY);
        // A passed attempt at a real draw: all right but the first question for every other member.
        const check = module.checks[FINAL_CHECK]!;
        const draw = drawCheck(check);
        const answers = Object.fromEntries(
          draw.questions.map((drawn, q) => {
            const options = check.questions.find((question) => question.id === drawn.id)!.options;
            const right = q > 0 || (n + m) % 2 === 0;
            return [drawn.id, options.find((o) => (right ? o.correct : !o.correct))!.id];
          }),
        );
        const result = scoreCheck(check, answers, draw.questions.map((d) => d.id));
        await prisma.checkAttempt.create({
          data: { userId, moduleSlug: module.slug, checkId: FINAL_CHECK, answers, draw, correctCount: result.correctCount, questionCount: result.questionCount, score: result.score, passed: result.passed, contentVersion: check.version, createdAt: at },
        });
        await prisma.moduleCompletion.create({ data: { userId, moduleSlug: module.slug, completedAt: at } });
      }
      if (done > 0) await syncModuleProgress(prisma, userId, module.slug);
    }
  }
}
