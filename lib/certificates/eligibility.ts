import type { Course } from "@/lib/content/load";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { MemoStatus } from "@/lib/generated/prisma/enums";

export type Eligibility = {
  eligible: boolean;
  /** The modules she has not completed yet, in course order. */
  missingModules: { slug: string; title: string }[];
  /** Where her capstone memo stands; null when she has not started one. */
  memoStatus: MemoStatus | null;
};

type Db = PrismaClient | Prisma.TransactionClient;

/** Every module of the course completed and the capstone memo accepted by a trainer. */
export function decideEligibility(course: Course, completedSlugs: Iterable<string>, memoStatus: MemoStatus | null): Eligibility {
  const done = new Set(completedSlugs);
  const missingModules = course.modules
    .filter((module) => !done.has(module.slug))
    .map((module) => ({ slug: module.slug, title: module.frontmatter.title }));
  return { eligible: missingModules.length === 0 && memoStatus === "ACCEPTED", missingModules, memoStatus };
}

export async function readEligibility(prisma: Db, course: Course, userId: string): Promise<Eligibility> {
  const [completions, memo] = await Promise.all([
    prisma.moduleCompletion.findMany({ where: { userId }, select: { moduleSlug: true } }),
    prisma.riskMemo.findUnique({ where: { userId }, select: { status: true } }),
  ]);
  return decideEligibility(course, completions.map((row) => row.moduleSlug), memo?.status ?? null);
}
