import { describe, expect, it } from "vitest";
import { moduleGlossary, moduleSourceIds, optionLetter, practiceChecks, printHref, scenarioSections } from "@/lib/content/print-module";
import type { Scenario } from "@/lib/content/schemas";
import { check, makeModule } from "./module-fixture";

const scenario: Scenario = {
  title: "Phones",
  setting: "A checkpoint.",
  start: "opening",
  debrief: "Talk.",
  steps: {
    "bad-ending": { text: "It went wrong.", outcome: "poor", principles: ["necessity"] },
    opening: {
      text: "First paragraph.\n\nSecond\nparagraph.",
      choices: [
        { label: "Copy all", next: "bad-ending" },
        { label: "Ask first", next: "middle" },
      ],
    },
    middle: { text: "You asked.", choices: [{ label: "Go on", next: "good-ending" }, { label: "Stop", next: "bad-ending" }] },
    "good-ending": { text: "It went well.", outcome: "good" },
  },
};

describe("a scenario as numbered sections", () => {
  const sections = scenarioSections(scenario);

  it("starts with the opening step, then keeps the author's order", () => {
    expect(sections.map((s) => s.paragraphs[0])).toEqual(["First paragraph.", "It went wrong.", "You asked.", "It went well."]);
    expect(sections.map((s) => s.number)).toEqual([1, 2, 3, 4]);
  });

  it("sends each choice to the section of the step it leads to", () => {
    expect(sections[0]!.choices).toEqual([
      { label: "Copy all", section: 2 },
      { label: "Ask first", section: 3 },
    ]);
    expect(sections[2]!.choices).toEqual([
      { label: "Go on", section: 4 },
      { label: "Stop", section: 2 },
    ]);
  });

  it("keeps paragraphs, endings and their principles", () => {
    expect(sections[0]!.paragraphs).toEqual(["First paragraph.", "Second paragraph."]);
    expect(sections[1]).toMatchObject({ outcome: "poor", principles: ["necessity"], choices: [] });
    expect(sections[3]).toMatchObject({ outcome: "good", principles: [] });
  });

  it("leaves out a choice that leads to no step rather than number it wrongly", () => {
    const broken = { ...scenario, steps: { ...scenario.steps, middle: { text: "x", choices: [{ label: "Lost", next: "nowhere" }, { label: "Stop", next: "bad-ending" }] } } };
    expect(scenarioSections(broken)[2]!.choices).toEqual([{ label: "Stop", section: 2 }]);
  });
});

describe("the printed module's parts", () => {
  const lessonBody = (n: number) =>
    `Text <Term id="necessity">need</Term> and <Term id="unknown">x</Term>.\n\n<KnowledgeCheck id="practice-${n}" />\n\n<KnowledgeCheck id="final" />\n\n<Source id="judgment" /> <Source id="report-${n}" />`;
  const module = makeModule({
    checks: { final: check(12, true), "practice-1": check(2), "practice-2": check(2) },
    glossary: [],
    overview: `<Term id="legitimacy">aim</Term> <KnowledgeCheck id="practice-missing" />`,
  });
  module.lessons = module.lessons.slice(0, 2).map((lesson, index) => ({ ...lesson, body: lessonBody(index + 1) }));

  it("names options a, b, c, d", () => {
    expect([0, 1, 2, 3].map(optionLetter)).toEqual(["a", "b", "c", "d"]);
  });

  it("lists the practice checks in reading order with their lesson, without the final check, a repeat or a check that does not exist", () => {
    expect(practiceChecks(module)).toEqual([
      { id: "practice-1", lesson: 1 },
      { id: "practice-2", lesson: 2 },
    ]);
    const repeated = { ...module, overview: `<KnowledgeCheck id="practice-2" />` };
    expect(practiceChecks(repeated)).toEqual([
      { id: "practice-2", lesson: 0 },
      { id: "practice-1", lesson: 1 },
    ]);
  });

  it("gives the glossary entries of the terms used, once each, alphabetical, skipping unknown ids", () => {
    const glossary = new Map([
      ["necessity", { id: "necessity", term: "Necessity", definition: "Only what is needed." }],
      ["legitimacy", { id: "legitimacy", term: "Legitimacy", definition: "A lawful aim." }],
      ["unused", { id: "unused", term: "Unused", definition: "Not in the module." }],
    ]);
    expect(moduleGlossary(module, glossary).map((entry) => entry.id)).toEqual(["legitimacy", "necessity"]);
  });

  it("lists further reading first, then the other cited sources, once each", () => {
    expect(moduleSourceIds(module)).toEqual(["toolkit", "judgment", "report-1", "report-2"]);
  });

  it("points links to the module's own lessons at the lesson on the page, and leaves the others", () => {
    expect(printHref("/learn/lawfulness/two", module)).toBe("#lesson-two");
    expect(printHref("/learn/lawfulness/no-such-lesson", module)).toBe("/learn/lawfulness/no-such-lesson");
    expect(printHref("/learn/fairness/two", module)).toBe("/learn/fairness/two");
    expect(printHref("/learn/lawfulness", module)).toBe("/learn/lawfulness");
    expect(printHref("https://example.org/learn/lawfulness/two", module)).toBe("https://example.org/learn/lawfulness/two");
  });
});
