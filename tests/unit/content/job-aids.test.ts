import { describe, expect, it } from "vitest";
import { ContentError, loadCourse, type Course, type JobAid } from "@/lib/content/load";
import { JOB_AID_MAX_WORDS, jobAidProblems, REQUIRED_JOB_AIDS } from "@/lib/content/verify-job-aids";
import { ENGLISH } from "@/lib/content/translations";
import { countWords } from "@/lib/content/words";
import { contentWith } from "./content-dir";

describe("loading job aids", () => {
  it("reads content/job-aids/<id>.mdx in name order, with frontmatter and words without table tags", async () => {
    const root = await contentWith({
      "job-aids/vendor-questions.mdx": "---\ntitle: Vendor\nsummary: Ask.\n---\nAsk these questions.",
      "job-aids/risk-template.mdx": "---\ntitle: Risk\nsummary: Rate.\n---\nRate them.\n\n<table><tbody><tr><td></td></tr></tbody></table>",
      "job-aids/notes.txt": "not an aid",
    });
    const course = await loadCourse(root);
    expect(course.jobAids.map((aid) => aid.id)).toEqual(["risk-template", "vendor-questions"]);
    expect(course.jobAids[0]).toMatchObject({ frontmatter: { title: "Risk", summary: "Rate." }, words: 2 });
    expect(course.jobAids[1]!.body.trim()).toBe("Ask these questions.");
  });

  it("gives no job aids when the folder is missing", async () => {
    expect((await loadCourse(await contentWith({}))).jobAids).toEqual([]);
  });

  it("names the file when the frontmatter is wrong", async () => {
    const root = await contentWith({ "job-aids/risk-template.mdx": "---\ntitle: Risk\nauthor: me\n---\nBody" });
    await expect(loadCourse(root)).rejects.toThrow(ContentError);
    await expect(loadCourse(root)).rejects.toThrow(/job-aids\/risk-template\.mdx[\s\S]*summary/);
  });
});

const aid = (id: string, body: string): JobAid => ({ id, file: `/x/${id}.mdx`, frontmatter: { title: id, summary: "s" }, body, words: countWords(body), text: ENGLISH });
const courseWith = (jobAids: JobAid[]): Course => ({
  locale: "en",
  modules: [],
  sourcesText: ENGLISH,
  figureText: {},
  sources: [{ id: "toolkit-risk-assessment", title: "t", short: "s", issuer: "i", year: 2024, link: "https://example.org/", kind: "toolkit", description: "d" }],
  bannedPhrasings: [],
  figures: {},
  jobAids,
});
const required = () => REQUIRED_JOB_AIDS.map((id) => aid(id, id === "risk-template" ? 'Simplified. <Source id="toolkit-risk-assessment" />' : "Questions."));

describe("jobAidProblems", () => {
  it("accepts the three aids, each short and citing what it must", () => {
    expect(jobAidProblems(courseWith(required()))).toEqual([]);
  });

  it("finds a missing aid, an aid too long for one page, a component that cannot be printed and bad references", () => {
    const long = Array.from({ length: JOB_AID_MAX_WORDS + 1 }, (_, i) => `w${i}`).join(" ");
    const aids = [
      aid("principle-checklist", `${long}`),
      aid("risk-template", 'No source here. <KnowledgeCheck id="x" /> <Term id="ghost">g</Term> <Source id="nowhere" /> <div>x</div> <table><tr><td></td></tr></table> [a](https://example.org) [b](/learn/nowhere)'),
    ];
    expect(jobAidProblems(courseWith(aids))).toEqual([
      "job-aids/vendor-questions.mdx is missing",
      `job-aids/principle-checklist.mdx: ${JOB_AID_MAX_WORDS + 1} words; a job aid fits one printed page (at most ${JOB_AID_MAX_WORDS})`,
      "job-aids/risk-template.mdx: <KnowledgeCheck> cannot be used in a job aid (only Callout, Term, Source)",
      "job-aids/risk-template.mdx: <div> cannot be used in a job aid (only table elements)",
      'job-aids/risk-template.mdx: <Term id="ghost"> is not defined in any glossary.yaml',
      'job-aids/risk-template.mdx: <Source id="nowhere" /> names no entry in content/sources.yaml',
      "job-aids/risk-template.mdx: link https://example.org goes outside the course; cite it with <Source id> from content/sources.yaml",
      "job-aids/risk-template.mdx: link /learn/nowhere leads nowhere",
      'job-aids/risk-template.mdx: must point to the Toolkit\'s risk assessment with <Source id="toolkit-risk-assessment" />',
    ]);
  });
});
