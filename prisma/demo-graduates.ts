import { getCourse } from "@/lib/content/course";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { FINAL_CHECK } from "@/lib/progress/constants";
import { syncModuleProgress } from "@/lib/progress/sync-module-progress";

// Fictional members who have finished the whole course and whose capstone memo a trainer has
// accepted, so the demo (and the browser tests) can show a certificate being issued, verified and
// revoked. Two, so the English and the Arabic browser runs each have one of their own. They sign
// in with the demo member's password.
export const DEMO_GRADUATES = [
  { email: "graduate@demo.local", displayName: "Soraya", locale: "en" },
  { email: "graduate-ar@demo.local", displayName: "ثريا Mansoor", locale: "ar" },
] as const;

const DAY = 24 * 60 * 60 * 1000;

export async function seedDemoGraduates(prisma: PrismaClient, passwordHash: string): Promise<void> {
  const course = await getCourse();
  const now = Date.now();
  for (const graduate of DEMO_GRADUATES) {
    if (await prisma.user.findUnique({ where: { email: graduate.email }, select: { id: true } })) continue;
    const { id: userId } = await prisma.user.create({
      data: { ...graduate, countryCode: "AF", sector: "LAW_ENFORCEMENT", passwordHash },
      select: { id: true },
    });
    for (const [m, module] of course.modules.entries()) {
      const at = new Date(now - (30 - m * 2) * DAY);
      await prisma.lessonProgress.createMany({
        data: module.lessons.map((lesson) => ({ userId, moduleSlug: module.slug, lessonSlug: lesson.slug, startedAt: at, lastViewedAt: at, completedAt: at, contentVersion: lesson.version })),
      });
      const check = module.checks[FINAL_CHECK];
      if (check) {
        await prisma.checkAttempt.create({
          data: { userId, moduleSlug: module.slug, checkId: FINAL_CHECK, answers: {}, correctCount: check.questions.length, questionCount: check.questions.length, score: 100, passed: true, contentVersion: check.version, createdAt: at },
        });
      }
      await prisma.moduleCompletion.create({ data: { userId, moduleSlug: module.slug, completedAt: at } });
      await syncModuleProgress(prisma, userId, module.slug);
    }
    const accepted = new Date(now - 2 * DAY);
    await prisma.riskMemo.create({ data: { userId, status: "ACCEPTED", submittedAt: new Date(now - 5 * DAY), acceptedAt: accepted } });
  }
}
