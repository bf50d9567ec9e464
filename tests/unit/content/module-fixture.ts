import type { Course, CourseModule } from "@/lib/content/load";
import type { FacilitatorGuide, Source } from "@/lib/content/schemas";
import { ENGLISH } from "@/lib/content/translations";
import { countWords } from "@/lib/content/words";

// A module that follows every rule of content/AUTHORING.md, for verifier tests to break one rule at a time.

export const guide = (): FacilitatorGuide => ({
  title: "Running a session",
  before: "Read the module.",
  sixtyMinutes: [20, 20, 20].map((minutes) => ({ minutes, activity: "Talk." })),
  ninetyMinutes: [30, 30, 30].map((minutes) => ({ minutes, activity: "Talk." })),
  prompts: ["One?", "Two?", "Three?"],
  activity: { title: "Sort the cases", minutes: 25, groups: "Threes.", steps: ["Read.", "Sort."], debrief: "Compare." },
  misconceptions: ["a", "b", "c"].map((belief) => ({ belief, response: "No." })),
  scenarioDebriefs: { s: "Ask what each ending cost." },
});

export const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");
// Right options rotate through the positions, and all options are the same length and unhedged,
// so no naive strategy does better than chance.
export const check = (questions: number, final = false) => ({
  title: "Check",
  version: "v",
  text: ENGLISH,
  ...(final ? { passMark: 80 as const, show: 8 } : {}),
  questions: Array.from({ length: questions }, (_, i) => ({
    id: `q${i}`,
    objective: (i % 3) + 1,
    ...(final ? { revisit: "one", idea: "An idea." } : {}),
    prompt: "?",
    options: ["a", "b", "c"].map((id, position) => ({ id, text: id, feedback: "f", ...(position === i % 3 ? { correct: true as const } : {}) })),
  })),
});

export function makeModule(overrides: Partial<CourseModule> = {}, body = `${words(1200)}\n\n<Scenario id="s" />\n\n<Source id="toolkit" />`): CourseModule {
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
      furtherReading: ["toolkit", "judgment"],
    },
    overview: "Overview",
    text: ENGLISH,
    lessons: ["one", "two", "three"].map((slug) => ({ slug, file: `/x/0-${slug}.mdx`, body, words: countWords(body), minutes: 9, version: slug, text: ENGLISH, frontmatter: { title: slug, summary: "s" } })),
    checks: { final: check(12, true) },
    scenarios: {
      s: { version: "s", text: ENGLISH, title: "S", setting: "x", start: "a", debrief: "d", steps: { a: { text: "t", choices: [{ label: "1", next: "b" }, { label: "2", next: "b" }] }, b: { text: "t", outcome: "good", principles: ["necessity"] } } },
    },
    risks: {},
    reflectionIds: [],
    glossary: [{ id: "necessity", term: "Necessity", definition: "d" }],
    glossaryText: ENGLISH,
    facilitator: { ...guide(), text: ENGLISH },
    ...overrides,
  };
}
export const SOURCES: Source[] = (["toolkit", "judgment"] as const).map((id, index) => ({
  id,
  title: `Title ${id}`,
  short: id,
  issuer: "Issuer",
  year: 2020 + index,
  link: `https://example.org/${id}`,
  kind: id,
  description: "What it is.",
}));

export const courseOf = (module: CourseModule, overrides: Partial<Course> = {}): Course => ({
  locale: "en",
  modules: [module],
  sources: SOURCES,
  sourcesText: ENGLISH,
  figureText: {},
  bannedPhrasings: [],
  figures: {},
  jobAids: [],
  ...overrides,
});

