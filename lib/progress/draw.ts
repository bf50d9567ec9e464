import { z } from "zod";
import type { Check } from "@/lib/content/schemas";
import { secureRandomInt, shuffle, type RandomInt } from "@/lib/random";

/** One attempt at a final check as she sees it: the questions drawn, in order, each with its option ids in order. */
export type Draw = { questions: { id: string; options: string[] }[] };

/** Draws stored as JSON are read back through this, so a hand-edited or old row cannot crash the page. */
export const drawSchema = z.object({
  questions: z.array(z.object({ id: z.string(), options: z.array(z.string()) })).min(1),
});

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
