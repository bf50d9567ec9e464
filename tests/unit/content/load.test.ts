import { describe, expect, it } from "vitest";
import { ContentError, loadCourse } from "@/lib/content/load";
import { countWords } from "@/lib/content/words";
import { contentWith, MODULE_MDX } from "./content-dir";

describe("loadCourse", () => {
  it("reads modules, lessons in file order, checks, and hashes each lesson", async () => {
    const root = await contentWith({
      "modules/01-lawfulness/module.mdx": MODULE_MDX,
      "modules/01-lawfulness/02-second.mdx": "---\ntitle: Two\nsummary: s\n---\nBody two",
      "modules/01-lawfulness/01-first.mdx": "---\ntitle: One\nsummary: s\nchangeNote: Clearer example.\n---\nBody one",
      "modules/01-lawfulness/checks/final.yaml":
        "title: F\npassMark: 80\nshow: 8\nquestions:\n  - id: q\n    prompt: P\n    options:\n      - {id: a, text: a, correct: true, feedback: f}\n      - {id: b, text: b, feedback: f}\n      - {id: c, text: c, feedback: f}\n",
    });
    const course = await loadCourse(root);
    const module = course.modules[0]!;
    expect(module.slug).toBe("lawfulness");
    expect(module.lessons.map((l) => l.slug)).toEqual(["first", "second"]);
    expect(module.lessons[0]!.body.trim()).toBe("Body one");
    expect(module.lessons[0]!.version).toMatch(/^[0-9a-f]{16}$/);
    expect(module.lessons[0]!.frontmatter.changeNote).toBe("Clearer example.");
    expect(module.lessons[0]).toMatchObject({ words: 2, minutes: 1 });
    expect(module.checks.final?.questions).toHaveLength(1);
  });

  it("names the file and the field when frontmatter is wrong", async () => {
    const root = await contentWith({ "modules/01-lawfulness/module.mdx": MODULE_MDX.replace("principle: lawfulness", "principle: speed") });
    await expect(loadCourse(root)).rejects.toThrow(ContentError);
    await expect(loadCourse(root)).rejects.toThrow(/01-lawfulness\/module\.mdx[\s\S]*principle/);
  });

  it("rejects a check with two correct options", async () => {
    const root = await contentWith({
      "modules/01-lawfulness/module.mdx": MODULE_MDX,
      "modules/01-lawfulness/checks/final.yaml":
        "title: F\npassMark: 80\nshow: 8\nquestions:\n  - id: q\n    prompt: P\n    options:\n      - {id: a, text: a, correct: true, feedback: f}\n      - {id: b, text: b, correct: true, feedback: f}\n      - {id: c, text: c, feedback: f}\n",
    });
    await expect(loadCourse(root)).rejects.toThrow(/exactly one option/);
  });
});

describe("readingMinutes", () => {
  it("puts a lesson of 1,000 to 2,000 words at 8 to 15 minutes", async () => {
    const { readingMinutes } = await import("@/lib/content/words");
    expect(readingMinutes(1000)).toBe(8);
    expect(readingMinutes(2000)).toBe(15);
  });
});

describe("countWords", () => {
  it("counts prose and ignores tags, link targets and markup", () => {
    expect(countWords('## A heading\n\nTwo **bold** words [link text](/learn/x).\n\n<Callout kind="note" title="Ignored title">\nInside.\n</Callout>')).toBe(8);
  });
});
