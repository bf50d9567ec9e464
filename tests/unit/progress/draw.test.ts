import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getCourse } from "@/lib/content/course";
import type { Check } from "@/lib/content/schemas";
import { drawCheck, drawFits } from "@/lib/progress/draw";
import { shuffle } from "@/lib/random";

// A pool of 12 four-option questions, 8 shown, like the content's final checks. The right option is
// always written first, so where it is displayed depends on the shuffle alone.
const POOL = 12;
const SHOWN = 8;
const pool: Check = {
  title: "Final",
  passMark: 80,
  show: SHOWN,
  questions: Array.from({ length: POOL }, (_, n) => ({
    id: `q${n}`,
    prompt: `Question ${n}`,
    options: ["a", "b", "c", "d"].map((id, i) => ({ id, text: `${id}`, feedback: "f", ...(i === 0 ? { correct: true as const } : {}) })),
  })),
};
const rightOption = (questionId: string) => pool.questions.find((q) => q.id === questionId)!.options.find((o) => o.correct)!.id;

describe("drawCheck", () => {
  it("draws `show` different questions from the pool, each with all its options once", () => {
    for (let run = 0; run < 200; run++) {
      const draw = drawCheck(pool);
      expect(draw.questions).toHaveLength(SHOWN);
      expect(new Set(draw.questions.map((q) => q.id)).size).toBe(SHOWN);
      for (const drawn of draw.questions) {
        const question = pool.questions.find((q) => q.id === drawn.id);
        expect(question).toBeDefined();
        expect([...drawn.options].sort()).toEqual(question!.options.map((o) => o.id).sort());
      }
      expect(drawFits(pool, draw)).toBe(true);
    }
  });

  it("shows the whole pool when it is no larger than `show`", () => {
    const small = { ...pool, questions: pool.questions.slice(0, 6), show: 8 };
    expect(drawCheck(small).questions).toHaveLength(6);
  });

  it("uses the injected randomness (Fisher-Yates: always taking the last item keeps the order)", () => {
    expect(shuffle([1, 2, 3, 4], (max) => max - 1)).toEqual([1, 2, 3, 4]);
    expect(shuffle([1, 2, 3, 4], () => 0)).toEqual([2, 3, 4, 1]);
  });

  it("notices a draw that no longer fits the check", () => {
    const draw = drawCheck(pool);
    const edited = { ...pool, questions: pool.questions.filter((q) => q.id !== draw.questions[0]!.id) };
    expect(drawFits(edited, draw)).toBe(false);
  });

  it("draws every final check in the course from its own pool", async () => {
    const course = await getCourse();
    for (const module of course.modules) {
      const check = module.checks.final;
      if (!check) continue;
      const draw = drawCheck(check);
      expect(draw.questions.length).toBe(Math.min(check.show ?? check.questions.length, check.questions.length));
      expect(drawFits(check, draw)).toBe(true);
    }
  });
});

describe("drawCheck, statistically", () => {
  // 10,000 draws of 8 questions: 80,000 displayed right options over 4 positions, 20,000 expected
  // in each. Chi-square with 3 degrees of freedom: a fair shuffle exceeds 30.66 with probability
  // 1e-6, so a false failure is very unlikely; a shuffle that put the right option last 26% of the
  // time instead of 25% would already give about 43 (expected statistic N * sum((p-q)^2/q)).
  const DRAWS = 10_000;
  const CRITICAL = 30.66;
  const draws = Array.from({ length: DRAWS }, () => drawCheck(pool));
  const positionChiSquare = (sample: ReturnType<typeof drawCheck>[]) => {
    const positions = [0, 0, 0, 0];
    for (const draw of sample) for (const q of draw.questions) positions[q.options.indexOf(rightOption(q.id))]! += 1;
    const expected = (sample.length * SHOWN) / 4;
    return { positions, chiSquare: positions.reduce((sum, observed) => sum + (observed - expected) ** 2 / expected, 0) };
  };

  it("puts the right option in each displayed position equally often", () => {
    const { positions, chiSquare } = positionChiSquare(draws);
    expect(chiSquare, `positions ${positions.join(", ")}`).toBeLessThan(CRITICAL);
  });

  it("would notice a biased shuffle (Sattolo's, which never leaves an option in place)", () => {
    const sattolo = (max: number) => (max < 2 ? 0 : randomInt(max - 1));
    const biased = Array.from({ length: 2_000 }, () => drawCheck(pool, sattolo));
    expect(positionChiSquare(biased).chiSquare).toBeGreaterThan(CRITICAL);
  });

  it("draws each pool question about equally often", () => {
    // Each question is in a draw with probability 8/12; its count over 10,000 draws is binomial with
    // mean 6,667 and standard deviation 47. Outside 5.5 standard deviations has probability 3.8e-8
    // per question (under 5e-7 for the 12), while a question drawn 3% less often would sit 4 below.
    const counts = new Map(pool.questions.map((q) => [q.id, 0]));
    for (const draw of draws) for (const q of draw.questions) counts.set(q.id, counts.get(q.id)! + 1);
    const p = SHOWN / POOL;
    const mean = DRAWS * p;
    const sd = Math.sqrt(DRAWS * p * (1 - p));
    for (const [id, count] of counts) expect(Math.abs(count - mean) / sd, `${id} drawn ${count} times`).toBeLessThan(5.5);
  });

  it("puts each pool question first about equally often (the order is shuffled too)", () => {
    // First place: probability 1/12, mean 833, standard deviation 27.6 over 10,000 draws.
    const first = new Map(pool.questions.map((q) => [q.id, 0]));
    for (const draw of draws) first.set(draw.questions[0]!.id, first.get(draw.questions[0]!.id)! + 1);
    const p = 1 / POOL;
    const sd = Math.sqrt(DRAWS * p * (1 - p));
    for (const [id, count] of first) expect(Math.abs(count - DRAWS * p) / sd, `${id} first ${count} times`).toBeLessThan(5.5);
  });
});
