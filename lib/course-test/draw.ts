import { createHash } from "node:crypto";
import type { CourseTest } from "@/lib/content/load";
import { CORE_PRINCIPLES } from "@/lib/content/principles";
import type { Question } from "@/lib/content/schemas";
import { shuffle } from "@/lib/random";

export type CorePrinciple = (typeof CORE_PRINCIPLES)[number];

/** One question as a sitting shows it: the options in the order she sees them. */
export type DrawnQuestion = { questionId: string; principle: CorePrinciple; options: string[] };

/** Identifies the pools a draw came from: a sitting started on other pools is drawn again. */
export function courseTestVersion(test: CourseTest): string {
  const versions = CORE_PRINCIPLES.map((principle) => test.pools[principle]?.version ?? "-").join(":");
  return createHash("sha256").update(`${test.perPrinciple}:${versions}`).digest("hex").slice(0, 16);
}

/**
 * A sitting's paper: `perPrinciple` questions from each core principle's pool, avoiding the
 * questions in `seen` (her first sitting) while the pool has enough others, in random order with
 * each question's options shuffled.
 */
export function drawCourseTest(test: CourseTest, seen: ReadonlySet<string> = new Set()): DrawnQuestion[] {
  const drawn = CORE_PRINCIPLES.flatMap((principle) => {
    const pool = test.pools[principle]?.questions ?? [];
    const unseen = pool.filter((question) => !seen.has(question.id));
    const source = unseen.length >= test.perPrinciple ? unseen : pool;
    return shuffle(source).slice(0, test.perPrinciple).map((question) => ({
      questionId: question.id,
      principle,
      options: shuffle(question.options.map((option) => option.id)),
    }));
  });
  return shuffle(drawn);
}

/** The content of each drawn question, or undefined when a question has left the pools. */
export function drawnQuestions(test: CourseTest, draw: DrawnQuestion[]): (DrawnQuestion & { question: Question })[] | undefined {
  const result = [];
  for (const item of draw) {
    const question = test.pools[item.principle]?.questions.find((q) => q.id === item.questionId);
    if (!question) return undefined;
    result.push({ ...item, question });
  }
  return result;
}
