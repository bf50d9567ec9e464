import { describe, expect, it } from "vitest";
import { loadCourse } from "@/lib/content/load";
import { MODULE_PRINCIPLES } from "@/lib/content/schemas";
import { courseProblems, moduleProblems } from "@/lib/content/verify";

// The real content, every file: loadCourse validates each frontmatter and YAML file with zod
// (throwing with the file's name), and the verifier checks what spans files.
const course = await loadCourse();

describe("the course content", () => {
  it("has the eight modules in order, one per theme", () => {
    expect(course.modules.map((m) => m.frontmatter.principle)).toEqual([...MODULE_PRINCIPLES]);
    expect(course.modules.map((m) => m.frontmatter.order)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it("has no problem across modules (duplicate glossary terms, orders)", () => {
    expect(courseProblems(course)).toEqual([]);
  });

  it.each(course.modules.map((m) => [m.slug, m] as const))("module %s follows content/AUTHORING.md", (_slug, module) => {
    expect(moduleProblems(module, course)).toEqual([]);
  });
});
