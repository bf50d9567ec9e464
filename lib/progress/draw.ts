import { randomInt } from "node:crypto";
import { z } from "zod";
import type { Check } from "@/lib/content/schemas";

/** One attempt at a final check as she sees it: the questions drawn, in order, each with its option ids in order. */
export type Draw = { questions: { id: string; options: string[] }[] };

/** Draws stored as JSON are read back through this, so a hand-edited or old row cannot crash the page. */
export const drawSchema = z.object({
  questions: z.array(z.object({ id: z.string(), options: z.array(z.string()) })).min(1),
});

/** A uniform integer in [0, max): node:crypto by default, injectable so tests can replay a sequence. */
export type RandomInt = (max: number) => number;

const secureRandomInt: RandomInt = (max) => randomInt(max);

/** Fisher-Yates: every order equally likely when `random` is uniform. Returns a new array. */
export function shuffle<T>(items: readonly T[], random: RandomInt = secureRandomInt): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/**
 * Draws `show` questions from a final check's pool (uniformly, without repeats), in random order,
 * each with its options shuffled. Which option is right stays in the content; the draw holds ids only.
 */
export function drawCheck(check: Pick<Check, "questions" | "show">, random: RandomInt = secureRandomInt): Draw {
  const size = Math.min(check.show ?? check.questions.length, check.questions.length);
  // A full shuffle's first `size` items are a uniform sample in uniform order.
  const questions = shuffle(check.questions, random).slice(0, size);
  return { questions: questions.map((q) => ({ id: q.id, options: shuffle(q.options.map((o) => o.id), random) })) };
}

/** True when every drawn question and option still exists in the check (it may have been edited since). */
export function drawFits(check: Pick<Check, "questions">, draw: Draw): boolean {
  return draw.questions.every((drawn) => {
    const question = check.questions.find((q) => q.id === drawn.id);
    return question !== undefined && drawn.options.length === question.options.length && drawn.options.every((id) => question.options.some((o) => o.id === id));
  });
}
