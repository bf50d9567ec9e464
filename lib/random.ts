import { randomInt } from "node:crypto";

// Draws that decide what a member is asked use the operating system's randomness: Math.random's
// sequence can be predicted from a few outputs, and a predictable draw is a guessable test.

/** A uniform integer in [0, max): node:crypto by default, injectable so tests can replay a sequence. */
export type RandomInt = (max: number) => number;

export const secureRandomInt: RandomInt = (max) => randomInt(max);

/** Fisher-Yates: every order equally likely when `random` is uniform. Returns a new array. */
export function shuffle<T>(items: readonly T[], random: RandomInt = secureRandomInt): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}
