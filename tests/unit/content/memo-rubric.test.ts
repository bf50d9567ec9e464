import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCourse, contentRoot, ContentError } from "@/lib/content/load";

const CAPSTONE = path.join("modules", "07-capstone");
const RUBRIC = path.join(CAPSTONE, "memo", "rubric.yaml");

// The rubric is read with its module: a copy of the capstone alone, its rubric edited.
const loadMemoRubric = async (root = contentRoot()) => (await loadCourse(root)).modules.find((module) => module.slug === "capstone")!.memo!;

async function copyWith(edit: (source: string) => string) {
  const root = await mkdtemp(path.join(tmpdir(), "rubric-"));
  await cp(path.join(contentRoot(), CAPSTONE), path.join(root, CAPSTONE), { recursive: true });
  const file = path.join(root, RUBRIC);
  await writeFile(file, edit(await readFile(file, "utf8")));
  return root;
}

describe("the capstone memo rubric", () => {
  it("follows content/AUTHORING.md and draws on the capstone's risk exercise", async () => {
    const rubric = await loadMemoRubric();
    const capstone = (await loadCourse()).modules.find((module) => module.slug === "capstone")!;
    expect(capstone.risks[rubric.riskExercise]).toBeDefined();
    expect(rubric.sections.risks.max).toBeLessThanOrEqual(capstone.risks[rubric.riskExercise]!.hazards.length);
    for (const criterion of rubric.criteria) expect(Object.keys(criterion.levels).sort()).toEqual(rubric.levels.map((l) => l.id).sort());
    expect(rubric.words.min).toBeLessThan(rubric.words.max);
  });

  it("refuses a criterion that leaves a level undescribed, naming the file", async () => {
    const root = await copyWith((source) => source.replace(/\n      strong: As for sound, and the memo also points[^\n]*/, ""));
    await expect(loadMemoRubric(root)).rejects.toThrow(ContentError);
    await expect(loadMemoRubric(root)).rejects.toThrow(/rubric\.yaml[\s\S]*criteria\.0\.levels/);
  });

  it("refuses an acceptance level the rubric does not define and a word range upside down", async () => {
    const root = await copyWith((source) => source.replace("acceptFrom: sound", "acceptFrom: perfect").replace("min: 300", "min: 1000"));
    await expect(loadMemoRubric(root)).rejects.toThrow(/acceptFrom: must be one of levels/);
    await expect(loadMemoRubric(root)).rejects.toThrow(/words: min must not exceed max/);
  });
});
