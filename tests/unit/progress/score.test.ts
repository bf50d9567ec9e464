import { describe, expect, it } from "vitest";
import type { Check } from "@/lib/content/schemas";
import { scoreCheck } from "@/lib/progress/score";

const question = (id: string, correct: number) => ({
  id,
  prompt: `Question ${id}`,
  options: [0, 1, 2].map((i) => ({ id: `o${i}`, text: `Option ${i}`, feedback: `Feedback ${id}${i}`, ...(i === correct ? { correct: true as const } : {}) })),
});

const final: Check = { title: "Final", passMark: 80, questions: ["a", "b", "c", "d", "e"].map((id) => question(id, 1)) };

describe("scoreCheck", () => {
  it("passes at exactly the pass mark", () => {
    const result = scoreCheck(final, { a: 1, b: 1, c: 1, d: 1, e: 0 });
    expect(result).toMatchObject({ correctCount: 4, questionCount: 5, score: 80, passed: true });
  });

  it("fails below the pass mark and rounds down", () => {
    const six: Check = { ...final, questions: ["a", "b", "c", "d", "e", "f"].map((id) => question(id, 2)) };
    const result = scoreCheck(six, { a: 2, b: 2, c: 2, d: 2, e: 0, f: 0 });
    expect(result.score).toBe(66);
    expect(result.passed).toBe(false);
  });

  it("returns the feedback of the chosen option", () => {
    const result = scoreCheck(final, { a: 0, b: 1, c: 1, d: 1, e: 1 });
    expect(result.results[0]).toEqual({ questionId: "a", chosen: 0, correct: false, feedback: "Feedback a0" });
  });

  it("requires every answer to be correct in a practice check (no pass mark)", () => {
    const practice: Check = { title: "Practice", questions: [question("a", 0), question("b", 0)] };
    expect(scoreCheck(practice, { a: 0, b: 0 }).passed).toBe(true);
    expect(scoreCheck(practice, { a: 0, b: 1 }).passed).toBe(false);
  });

  it("refuses missing or out-of-range answers", () => {
    expect(() => scoreCheck(final, { a: 1 })).toThrow(RangeError);
    expect(() => scoreCheck(final, { a: 7, b: 1, c: 1, d: 1, e: 1 })).toThrow(RangeError);
  });
});
