import { describe, expect, it } from "vitest";
import { moduleProblems } from "@/lib/content/verify";
import { bannedPhrasingProblems, unusedSources } from "@/lib/content/verify-references";
import { ENGLISH } from "@/lib/content/translations";
import { courseOf, guide, makeModule, SOURCES, words } from "./module-fixture";

describe("sources, further reading and banned phrasings", () => {
  it("finds an unknown citation, a bare external link, an unknown further-reading id and a missing list", () => {
    const body = `${words(1200)} <Scenario id="s" /> <Source id="ghost" /> [NIST](https://www.nist.gov/x)`;
    const module = makeModule({}, body);
    const problems = moduleProblems(module, courseOf(module));
    expect(problems).toEqual(
      expect.arrayContaining([
        '0-one.mdx: <Source id="ghost" /> names no entry in content/sources.yaml',
        "0-one.mdx: link https://www.nist.gov/x goes outside the course; cite it with <Source id> from content/sources.yaml",
      ]),
    );
    const listing = makeModule({ frontmatter: { ...makeModule().frontmatter, furtherReading: ["toolkit", "nowhere"] } });
    expect(moduleProblems(listing, courseOf(listing))).toEqual(['module.mdx: furtherReading "nowhere" is not in content/sources.yaml']);
    const unlisted = makeModule({ frontmatter: { ...makeModule().frontmatter, furtherReading: undefined } });
    expect(moduleProblems(unlisted, courseOf(unlisted))).toEqual(["module.mdx: needs furtherReading, ids from content/sources.yaml"]);
  });

  it("requires each module's lessons to cite at least one source", () => {
    const module = makeModule({}, `${words(1200)} <Scenario id="s" />`);
    expect(moduleProblems(module, courseOf(module))).toEqual(["no lesson cites a source with <Source id>"]);
  });

  it("finds a source nothing uses", () => {
    const module = makeModule();
    const extra = { ...SOURCES[0]!, id: "orphan" };
    expect(unusedSources(courseOf(module, { sources: [...SOURCES, extra] }))).toEqual(['sources.yaml: "orphan" is cited by no lesson and listed by no module']);
  });

  it("finds a banned phrasing in a lesson and in a check, naming the file and the reason", () => {
    const module = makeModule({}, `${words(1200)} At the seminar in Vienna we met. <Scenario id="s" /> <Source id="toolkit" />`);
    module.checks.final!.questions[0]!.prompt = "The seminar in Vienna?";
    const bannedPhrasings = [{ pattern: "seminar in Vienna", reason: "not where members met" }];
    const problems = bannedPhrasingProblems(courseOf(module, { bannedPhrasings }));
    expect(problems).toContain('lawfulness/0-one.mdx: "seminar in Vienna" is a banned phrasing (not where members met)');
    expect(problems).toContain('lawfulness/checks: "seminar in Vienna" is a banned phrasing (not where members met)');
    expect(bannedPhrasingProblems(courseOf(makeModule(), { bannedPhrasings }))).toEqual([]);
  });
});

describe("facilitator guides and hazards", () => {
  it("requires a guide whose plans fit the session and which debriefs every scenario", () => {
    const missing = makeModule({ facilitator: undefined });
    expect(moduleProblems(missing, courseOf(missing))).toEqual(["has no facilitator.yaml"]);
    const wrong = makeModule({
      facilitator: { ...guide(), text: ENGLISH, sixtyMinutes: [{ minutes: 50, activity: "Talk." }], activity: { ...guide().activity, minutes: 45 }, scenarioDebriefs: { other: "x" } },
    });
    expect(moduleProblems(wrong, courseOf(wrong))).toEqual([
      "facilitator.yaml: sixtyMinutes adds up to 50 minutes, not 60",
      "facilitator.yaml: the activity must fit in half of the 60-minute session",
      'facilitator.yaml: scenarioDebriefs has nothing for scenario "s"',
      'facilitator.yaml: scenarioDebriefs names "other", which is not in scenarios/',
    ]);
  });

  it("requires every hazard to name the principles it engages", () => {
    const hazards = [
      { id: "one", description: "d", principles: ["accuracy" as const] },
      { id: "two", description: "d" },
      { id: "three", description: "d", principles: ["fairness" as const] },
    ];
    const module = makeModule({ risks: { r: { version: "r", text: ENGLISH, title: "R", context: "c", hazards } } });
    expect(moduleProblems(module, courseOf(module))).toEqual(['risks/r.yaml: hazard "two" needs the principles it engages']);
  });
});
