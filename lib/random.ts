import { randomInt } from "node:crypto";

// Draws that decide what a member is asked use the operating system's randomness: Math.random's
// sequence can be predicted from a few outputs, and a predictable draw is a guessable test.

/** A new array with the items in uniformly random order (Fisher-Yates). */
export function shuffled<T>(items: readonly T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/** `count` distinct items chosen uniformly (all of them, shuffled, if there are not enough). */
export function sampled<T>(items: readonly T[], count: number): T[] {
  return shuffled(items).slice(0, count);
}
