import { describe, expect, it } from "vitest";
import type { Check } from "@/lib/content/schemas";
import { answersSchema } from "@/lib/progress/schemas";
import { checkResultOf, scoreCheck } from "@/lib/progress/score";

// Options are named b, a, c in written order so that an id is never its position: scoring by index
// instead of id would fail these tests.
const question = (id: string, correct: string) => ({
  id,
  prompt: `Question ${id}`,
  options: ["b", "a", "c"].map((o) => ({ id: o, text: `Option ${o}`, feedback: `Feedback ${id}${o}`, ...(o === correct ? { correct: true as const } : {}) })),
});

const final: Check = { title: "Final", passMark: 80, show: 6, questions: ["q1", "q2", "q3", "q4", "q5"].map((id) => question(id, "a")) };

describe("scoreCheck", () => {
  it("scores by option id and passes at exactly the pass mark", () => {
    const result = scoreCheck(final, { q1: "a", q2: "a", q3: "a", q4: "a", q5: "b" });
    expect(result).toMatchObject({ correctCount: 4, questionCount: 5, score: 80, passed: true });
  });

  it("fails below the pass mark and rounds down", () => {
    const six: Check = { ...final, questions: ["q1", "q2", "q3", "q4", "q5", "q6"].map((id) => question(id, "c")) };
    const result = scoreCheck(six, { q1: "c", q2: "c", q3: "c", q4: "c", q5: "a", q6: "b" });
    expect(result.score).toBe(66);
    expect(result.passed).toBe(false);
  });

  it("returns the chosen option's id and feedback", () => {
    const result = scoreCheck(final, { q1: "b", q2: "a", q3: "a", q4: "a", q5: "a" });
    expect(result.results[0]).toEqual({ questionId: "q1", chosen: "b", correct: false, feedback: "Feedback q1b" });
  });

  it("scores only the drawn questions when given them", () => {
    const result = scoreCheck(final, { q2: "a", q4: "c" }, ["q4", "q2"]);
    expect(result.results.map((r) => r.questionId)).toEqual(["q4", "q2"]);
    expect(result).toMatchObject({ correctCount: 1, questionCount: 2, score: 50, passed: false });
    expect(() => scoreCheck(final, { q2: "a" }, ["q2", "no-such"])).toThrow(RangeError);
  });

  it("requires every answer to be correct in a practice check (no pass mark)", () => {
    const practice: Check = { title: "Practice", questions: [question("q1", "b"), question("q2", "b")] };
    expect(scoreCheck(practice, { q1: "b", q2: "b" }).passed).toBe(true);
    expect(scoreCheck(practice, { q1: "b", q2: "a" }).passed).toBe(false);
  });

  it("refuses missing, unknown or index answers", () => {
    expect(() => scoreCheck(final, { q1: "a" })).toThrow(RangeError);
    expect(() => scoreCheck(final, { q1: "z", q2: "a", q3: "a", q4: "a", q5: "a" })).toThrow(RangeError);
    expect(() => scoreCheck(final, { q1: "1", q2: "a", q3: "a", q4: "a", q5: "a" })).toThrow(RangeError);
  });
});

describe("answersSchema", () => {
  const all = { q1: "a", q2: "b", q3: "c", q4: "a", q5: "a" };

  it("accepts one known option id per question", () => {
    expect(answersSchema(final).parse(all)).toEqual(all);
  });

  it("refuses a blank, missing, unknown or index answer with the field's message", () => {
    for (const bad of ["", undefined, "z", "0", 1, "__proto__"]) {
      const parsed = answersSchema(final).safeParse({ ...all, q3: bad });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["q3", "chooseAnswer"]]);
    }
  });

  it("asks only the drawn questions of a final check", () => {
    expect(answersSchema(final, ["q2", "q5"]).parse({ q2: "c", q5: "b", q1: "x" })).toEqual({ q2: "c", q5: "b" });
    expect(answersSchema(final, ["q2", "q5"]).safeParse({ q2: "c" }).success).toBe(false);
  });
});

describe("checkResultOf", () => {
  it("shows the feedback of the same check in her language, found by question and option id", () => {
    const score = scoreCheck(final, { q1: "b", q2: "a", q3: "a", q4: "a", q5: "c" });
    const inDari: Check = {
      ...final,
      questions: final.questions.map((q) => ({ ...q, options: q.options.map((o) => ({ ...o, feedback: `بازخورد ${q.id}${o.id}` })) })),
    };
    const shown = checkResultOf(score, inDari);
    expect(shown.feedback.q1).toEqual({ chosen: "b", correct: false, feedback: "بازخورد q1b" });
    expect(shown.feedback.q5).toEqual({ chosen: "c", correct: false, feedback: "بازخورد q5c" });
    expect(shown.feedback.q2).toMatchObject({ correct: true, feedback: "بازخورد q2a" });
    expect(checkResultOf(score).feedback.q1!.feedback).toBe("Feedback q1b");
  });
});
