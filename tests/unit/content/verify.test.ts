import { describe, expect, it } from "vitest";
import type { Course, CourseModule } from "@/lib/content/load";
import { moduleProblems, scenarioProblems } from "@/lib/content/verify";
import { countWords } from "@/lib/content/words";

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");
// Right options rotate through the positions, and all options are the same length and unhedged,
// so no naive strategy does better than chance.
const check = (questions: number, final = false) => ({
  title: "Check",
  version: "v",
  ...(final ? { passMark: 80 as const, show: 8 } : {}),
  questions: Array.from({ length: questions }, (_, i) => ({
    id: `q${i}`,
    objective: (i % 3) + 1,
    ...(final ? { revisit: "one", idea: "An idea." } : {}),
    prompt: "?",
    options: ["a", "b", "c"].map((id, position) => ({ id, text: id, feedback: "f", ...(position === i % 3 ? { correct: true as const } : {}) })),
  })),
});

function makeModule(overrides: Partial<CourseModule> = {}, body = `${words(1200)}\n\n<Scenario id="s" />`): CourseModule {
  return {
    slug: "lawfulness",
    dir: "/x",
    frontmatter: {
      title: "Lawfulness",
      summary: "s",
      principle: "lawfulness",
      order: 1,
      estimatedMinutes: 35,
      objectives: ["a", "b", "c"],
      instrumentalPrinciples: ["legitimacy", "necessity", "proportionality"],
      takeaways: ["a", "b", "c"],
    },
    overview: "Overview",
    lessons: ["one", "two", "three"].map((slug) => ({ slug, file: `/x/0-${slug}.mdx`, body, words: countWords(body), minutes: 9, version: slug, frontmatter: { title: slug, summary: "s" } })),
    checks: { final: check(12, true) },
    scenarios: {
      s: { title: "S", setting: "x", start: "a", debrief: "d", steps: { a: { text: "t", choices: [{ label: "1", next: "b" }, { label: "2", next: "b" }] }, b: { text: "t", outcome: "good", principles: ["necessity"] } } },
    },
    risks: {},
    reflectionIds: [],
    glossary: [{ id: "necessity", term: "Necessity", definition: "d" }],
    ...overrides,
  };
}
const courseOf = (module: CourseModule): Course => ({ modules: [module], sources: [], bannedPhrasings: [], jobAids: [] });

describe("moduleProblems", () => {
  it("accepts a module that follows the rules", () => {
    const module = makeModule();
    expect(moduleProblems(module, courseOf(module))).toEqual([]);
  });

  it("finds a missing instrumental principle, a short final check and a lesson out of the word range", () => {
    const module = makeModule({
      frontmatter: { ...makeModule().frontmatter, instrumentalPrinciples: ["legitimacy", "necessity"] },
      checks: { final: check(11, true) },
    });
    module.lessons[1]!.words = 400;
    const problems = moduleProblems(module, courseOf(module));
    expect(problems).toContain('does not name the instrumental principle "proportionality"');
    expect(problems).toContain("checks/final.yaml: shows 8 questions from a pool of 11; the pool needs at least 12");
    expect(problems).toContain("two: 400 words; a lesson has 1000 to 2000");
  });

  it("finds broken references: links, terms, checks, unknown components", () => {
    const body = `${words(1200)} [x](/learn/nowhere) <Term id="ghost">g</Term> <KnowledgeCheck id="missing" /> <Video src="x" /> <Scenario id="s" />`;
    const module = makeModule({}, body);
    const problems = moduleProblems(module, courseOf(module));
    expect(problems).toEqual(
      expect.arrayContaining([
        "0-one.mdx: link /learn/nowhere leads nowhere",
        '0-one.mdx: <Term id="ghost"> is not defined in any glossary.yaml',
        '0-one.mdx: <KnowledgeCheck id="missing" /> names no practice check in checks/',
        "0-one.mdx: unknown component <Video>",
      ]),
    );
  });

  it("resolves links to lessons, the check page and glossary entries", () => {
    const body = `${words(1200)} [a](/learn/lawfulness/two) [b](/learn/lawfulness/check) [c](/glossary#necessity) <Scenario id="s" />`;
    const module = makeModule({}, body);
    expect(moduleProblems(module, courseOf(module))).toEqual([]);
  });
});

describe("scenarioProblems", () => {
  it("finds dangling choices, unreachable steps and loops with no ending", () => {
    const problems = scenarioProblems({
      title: "S",
      setting: "x",
      start: "a",
      debrief: "d",
      steps: {
        a: { text: "t", choices: [{ label: "1", next: "b" }, { label: "2", next: "gone" }] },
        b: { text: "t", choices: [{ label: "1", next: "a" }, { label: "2", next: "b" }] },
        orphan: { text: "t", outcome: "poor" },
      },
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'step "a" leads to missing step "gone"',
        'step "orphan" cannot be reached from the start',
        'from step "a" no path reaches an ending',
        'from step "b" no path reaches an ending',
      ]),
    );
  });
});
