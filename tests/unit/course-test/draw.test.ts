import { describe, expect, it } from "vitest";
import type { CourseTest } from "@/lib/content/load";
import { CORE_PRINCIPLES } from "@/lib/content/principles";
import { ENGLISH } from "@/lib/content/translations";
import { drawCourseTest, drawnQuestions } from "@/lib/course-test/draw";
import { changeByPrinciple, scoreSitting } from "@/lib/course-test/results";

const question = (id: string) => ({
  id,
  prompt: `${id}?`,
  options: ["a", "b", "c", "d"].map((option) => ({ id: option, text: option, feedback: "f", ...(option === "b" ? { correct: true as const } : {}) })),
});
const test: CourseTest = {
  title: "Test",
  text: ENGLISH,
  perPrinciple: 2,
  pools: Object.fromEntries(
    CORE_PRINCIPLES.map((principle) => [principle, { principle, version: principle, text: ENGLISH, questions: [1, 2, 3, 4, 5].map((n) => question(`${principle}-${n}`)) }]),
  ),
};

describe("drawing a course test sitting", () => {
  it("draws perPrinciple distinct questions from each principle's pool, options shuffled but complete", () => {
    const draw = drawCourseTest(test);
    expect(draw).toHaveLength(CORE_PRINCIPLES.length * 2);
    expect(new Set(draw.map((item) => item.questionId)).size).toBe(draw.length);
    for (const principle of CORE_PRINCIPLES) {
      const mine = draw.filter((item) => item.principle === principle);
      expect(mine).toHaveLength(2);
      for (const item of mine) expect(item.questionId.startsWith(principle)).toBe(true);
    }
    for (const item of draw) expect([...item.options].sort()).toEqual(["a", "b", "c", "d"]);
  });

  it("avoids the questions of her first sitting while the pool has enough others", () => {
    for (let run = 0; run < 50; run++) {
      const first = drawCourseTest(test);
      const seen = new Set(first.map((item) => item.questionId));
      const second = drawCourseTest(test, seen);
      expect(second.some((item) => seen.has(item.questionId))).toBe(false);
    }
  });

  it("falls back to the whole pool when too few unseen questions remain", () => {
    const seen = new Set(CORE_PRINCIPLES.flatMap((principle) => [1, 2, 3, 4].map((n) => `${principle}-${n}`)));
    const draw = drawCourseTest(test, seen);
    expect(draw).toHaveLength(CORE_PRINCIPLES.length * 2);
  });

  it("finds no content for a draw whose question has left the pools", () => {
    expect(drawnQuestions(test, [{ questionId: "gone", principle: "fairness", options: ["a"] }])).toBeUndefined();
  });
});

describe("scoring a sitting", () => {
  const draw = drawCourseTest(test);
  const questions = drawnQuestions(test, draw)!;

  it("counts right answers per principle by option id", () => {
    const answers = Object.fromEntries(draw.map((item, index) => [item.questionId, index % 2 === 0 ? "b" : "a"]));
    const { results, score } = scoreSitting(questions, answers);
    const total = Object.values(results).reduce((sum, result) => sum + result!.right, 0);
    expect(total).toBe(draw.length / 2);
    expect(score).toBe(50);
    for (const principle of CORE_PRINCIPLES) expect(results[principle]!.of).toBe(2);
  });

  it("refuses a missing or unknown answer", () => {
    expect(() => scoreSitting(questions, {})).toThrow(RangeError);
    expect(() => scoreSitting(questions, Object.fromEntries(draw.map((item) => [item.questionId, "z"])))).toThrow(RangeError);
  });

  it("reports the change per principle in points", () => {
    const rows = changeByPrinciple({ fairness: { right: 1, of: 2 } }, { fairness: { right: 2, of: 2 } });
    expect(rows).toEqual([{ principle: "fairness", before: 50, after: 100, change: 50 }]);
  });
});
