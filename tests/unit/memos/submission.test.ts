import { describe, expect, it } from "vitest";
import { getMemoBrief } from "@/lib/content/memo-rubric";
import { checkLevels } from "@/lib/memos/mark-memo";
import { checkSubmission } from "@/lib/memos/check-submission";
import { memoFromForm, principleField, principleWhyField, riskField } from "@/lib/memos/form-fields";
import { memoDraftSchema, type MemoDraft } from "@/lib/memos/schemas";
import { countMemoWords, countTextWords } from "@/lib/memos/words";

const { rubric } = await getMemoBrief();
const hazards = [{ id: "a", description: "A" }, { id: "b", description: "B" }, { id: "c", description: "C" }, { id: "d", description: "D" }];
const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(" ");

function memo(wordsEach: number): MemoDraft {
  return {
    system: words(wordsEach),
    principles: [{ id: "lawfulness", why: words(wordsEach) }, { id: "fairness", why: words(wordsEach) }],
    risks: hazards.slice(0, rubric.sections.risks.min).map((h) => ({ hazardId: h.id, likelihood: 3, severity: 4, mitigation: words(wordsEach) })),
    recommendation: words(wordsEach),
  };
}
const parts = 4 + rubric.sections.risks.min;

describe("word counting", () => {
  it("counts words in any script and ignores stray punctuation", () => {
    expect(countTextWords("  The tool — scores people.  ")).toBe(4);
    expect(countTextWords("الأداة تصنف الناس")).toBe(3);
    expect(countTextWords("Система оценивает людей")).toBe(3);
    expect(countTextWords("")).toBe(0);
  });

  it("counts what she writes, across every section", () => {
    expect(countMemoWords(memo(10))).toBe(10 * parts);
  });
});

describe("the word range and the brief, checked on submission", () => {
  it("accepts a memo exactly at either end of the range", () => {
    const at = (total: number) => {
      const m = memo(Math.floor(total / parts));
      m.recommendation = words(total - Math.floor(total / parts) * (parts - 1));
      return m;
    };
    expect(countMemoWords(at(rubric.words.min))).toBe(rubric.words.min);
    expect(checkSubmission(at(rubric.words.min), rubric, hazards)).toEqual({});
    expect(checkSubmission(at(rubric.words.max), rubric, hazards)).toEqual({});
    expect(checkSubmission(at(rubric.words.min - 1), rubric, hazards)).toEqual({ words: "tooFewWords" });
    expect(checkSubmission(at(rubric.words.max + 1), rubric, hazards)).toEqual({ words: "tooManyWords" });
  });

  it("names the section that is missing or wrong", () => {
    const ok = memo(60);
    expect(checkSubmission({ ...ok, principles: ok.principles.slice(0, 1) }, rubric, hazards)).toMatchObject({ principles: "principlesCount" });
    expect(checkSubmission({ ...ok, principles: [{ id: "lawfulness", why: "" }, { id: "fairness", why: "x" }] }, rubric, hazards)).toMatchObject({ principles: "principleWhyRequired" });
    expect(checkSubmission({ ...ok, risks: ok.risks.map((r) => ({ ...r, hazardId: "made-up" })) }, rubric, hazards)).toMatchObject({ risks: "hazardRequired" });
    expect(checkSubmission({ ...ok, risks: ok.risks.map((r) => ({ ...r, mitigation: "" })) }, rubric, hazards)).toMatchObject({ risks: "mitigationRequired" });
    expect(checkSubmission({ ...ok, system: "" }, rubric, hazards)).toMatchObject({ system: "sectionRequired" });
  });
});

describe("the memo form without JavaScript", () => {
  it("reads ticked principles with their reasons and only the risk rows she filled", () => {
    const form = new FormData();
    form.set("system", "LinkScore links data.");
    form.set(principleField("fairness"), "on");
    form.set(principleWhyField("fairness"), "Errors fall on women.");
    form.set(principleWhyField("lawfulness"), "Not ticked, so not chosen.");
    form.set(riskField(0, "hazard"), "a");
    form.set(riskField(0, "likelihood"), "4");
    form.set(riskField(0, "severity"), "5");
    form.set(riskField(0, "mitigation"), "Screen first.");
    form.set(riskField(1, "hazard"), "");
    form.set("recommendation", "Delay.");
    const parsed = memoDraftSchema.parse(memoFromForm(form, 5));
    expect(parsed.principles).toEqual([{ id: "fairness", why: "Errors fall on women." }]);
    expect(parsed.risks).toEqual([{ hazardId: "a", likelihood: 4, severity: 5, mitigation: "Screen first." }]);
  });
});

describe("the rubric levels on a mark", () => {
  const all = (level: string) => Object.fromEntries(rubric.criteria.map((c) => [c.id, level]));
  it("requires one known level for every criterion", () => {
    const missing = { ...all("sound") };
    delete missing[rubric.criteria[0]!.id];
    expect(checkLevels({ decision: "RETURNED", levels: missing }, rubric)).toEqual({ [`level.${rubric.criteria[0]!.id}`]: "levelRequired" });
    expect(checkLevels({ decision: "RETURNED", levels: { ...all("sound"), [rubric.criteria[1]!.id]: "excellent" } }, rubric)).toEqual({
      [`level.${rubric.criteria[1]!.id}`]: "levelRequired",
    });
  });

  it("lets a memo be accepted only when every criterion reaches the acceptance level", () => {
    const lowest = rubric.levels[0]!.id;
    expect(checkLevels({ decision: "ACCEPTED", levels: all(rubric.acceptFrom) }, rubric)).toEqual({});
    expect(checkLevels({ decision: "ACCEPTED", levels: { ...all(rubric.acceptFrom), [rubric.criteria[2]!.id]: lowest } }, rubric)).toEqual({
      [`level.${rubric.criteria[2]!.id}`]: "levelTooLowToAccept",
    });
    expect(checkLevels({ decision: "RETURNED", levels: all(lowest) }, rubric)).toEqual({});
  });
});
