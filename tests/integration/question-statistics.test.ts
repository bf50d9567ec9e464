import { afterEach, describe, expect, it } from "vitest";
import { findModule } from "@/lib/content/course";
import type { CourseModule } from "@/lib/content/load";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { loadCourse } from "@/lib/content/load";
import { getQuestionStatistics } from "@/lib/reports/question-statistics";
import { createUser } from "../setup/factories";
import { signInAs } from "../setup/session";

const intro = (await findModule("introduction")) as CourseModule;
const [easy, separating, reversed, ...rest] = intro.checks.final!.questions.slice(0, 8);
const rightId = (q: typeof easy) => q!.options.find((o) => o.correct)!.id;
const wrongId = (q: typeof easy) => q!.options.find((o) => !o.correct)!.id;

afterEach(() => signInAs(null));

/** A cohort of `size` members, each with one final attempt: the first half strong, the rest weak. */
async function cohortWithAttempts(size: number) {
  const prisma = await db();
  const trainer = await createUser("TRAINER");
  const cohort = await prisma.cohort.create({ data: { name: "Statistics", countryCode: "TJ", locale: "en", createdById: trainer.id } });
  for (let i = 0; i < size; i++) {
    const member = await createUser("MEMBER");
    await prisma.cohortMember.create({ data: { cohortId: cohort.id, userId: member.id } });
    const strong = i < size / 2;
    const answers = {
      [easy!.id]: rightId(easy),
      [separating!.id]: strong ? rightId(separating) : wrongId(separating),
      [reversed!.id]: strong ? wrongId(reversed) : rightId(reversed),
      ...Object.fromEntries(rest.map((q) => [q.id, strong ? rightId(q) : wrongId(q)])),
    };
    const correctCount = Object.entries(answers).filter(([id, option]) => intro.checks.final!.questions.find((q) => q.id === id)!.options.find((o) => o.id === option)!.correct).length;
    await prisma.checkAttempt.create({
      data: { userId: member.id, moduleSlug: "introduction", checkId: "final", answers, correctCount, questionCount: 8, score: Math.floor((correctCount * 100) / 8), passed: correctCount >= 7, contentVersion: "v" },
    });
  }
  return cohort.id;
}

describe("question statistics", () => {
  it("gives facility, discrimination and option shares, and flags easy and reversed questions", async () => {
    const cohort = await cohortWithAttempts(30);
    signInAs((await createUser("COORDINATOR")).id);
    const modules = await getQuestionStatistics({ cohort });
    const introStats = modules.find((m) => m.moduleSlug === "introduction")!;
    const stat = (id: string) => introStats.questions.find((q) => q.questionId === id)!;

    expect(stat(easy!.id)).toMatchObject({ answers: 30, members: 30, facility: 1, flags: ["easy"] });
    expect(stat(separating!.id).facility).toBeCloseTo(0.5);
    expect(stat(separating!.id).discrimination!).toBeGreaterThan(0.9);
    expect(stat(separating!.id).flags).toEqual([]);
    expect(stat(reversed!.id).discrimination!).toBeLessThan(-0.9);
    expect(stat(reversed!.id).flags).toEqual(["reversed"]);
    const shares = Object.fromEntries(stat(separating!.id).options.map((o) => [o.id, o.share]));
    expect(shares[rightId(separating)]).toBeCloseTo(0.5);
    expect(shares[wrongId(separating)]).toBeCloseTo(0.5);
    // Questions nobody in the selection was asked have no figures, and modules with none sort last.
    expect(introStats.questions.filter((q) => q.answers === 0).every((q) => q.facility === null)).toBe(true);
    expect(modules.at(-1)!.facility).toBeNull();

    // For a coordinator reading in Russian: the same figures, the words of the Russian final check.
    const inRussian = (await getQuestionStatistics({ cohort }, "ru")).find((m) => m.moduleSlug === "introduction")!;
    const russian = (await loadCourse(undefined, "ru")).modules.find((m) => m.slug === "introduction")!.checks.final!;
    const separatingInRussian = inRussian.questions.find((q) => q.questionId === separating!.id)!;
    expect(separatingInRussian).toMatchObject({ facility: stat(separating!.id).facility, prompt: russian.questions.find((q) => q.id === separating!.id)!.prompt, text: { language: "ru" } });
    expect(inRussian.title).not.toBe(introStats.title);
  });

  it("shows no figures for fewer than five members", async () => {
    const cohort = await cohortWithAttempts(4);
    signInAs((await createUser("COORDINATOR")).id);
    const introStats = (await getQuestionStatistics({ cohort })).find((m) => m.moduleSlug === "introduction")!;
    const stat = introStats.questions.find((q) => q.questionId === easy!.id)!;
    expect(stat).toMatchObject({ answers: 4, members: 4, facility: null, discrimination: null, flags: [] });
    expect(stat.options.every((o) => o.share === null)).toBe(true);
  });

  it("is refused to members and trainers", async () => {
    signInAs((await createUser("MEMBER")).id);
    await expect(getQuestionStatistics({})).rejects.toThrow(ForbiddenError);
    signInAs((await createUser("TRAINER")).id);
    await expect(getQuestionStatistics({})).rejects.toThrow(ForbiddenError);
  });
});
