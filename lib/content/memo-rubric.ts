import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { contentRoot, ContentError, type CourseModule } from "./load";
import { getCourse } from "./course";
import { memoRubricSchema, type MemoRubric, type RiskExercise } from "./schemas";

/** Where the memo lives in the course: the capstone module, whose risk exercise it draws on. */
export const MEMO_MODULE = "capstone";
const RUBRIC_FILE = path.join("modules", "07-capstone", "memo", "rubric.yaml");

export type MemoBrief = { rubric: MemoRubric; module: CourseModule; hazards: RiskExercise["hazards"] };

/** Reads and validates the rubric; a file that breaks content/AUTHORING.md fails loudly with its path. */
export async function loadMemoRubric(root = contentRoot()): Promise<MemoRubric> {
  const file = path.join(root, RUBRIC_FILE);
  let data: unknown;
  try {
    data = parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new ContentError(`${file} could not be read as YAML: ${(error as Error).message}`);
  }
  const parsed = memoRubricSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".") || "(file)"}: ${issue.message}`);
    throw new ContentError(`${file} does not follow content/AUTHORING.md:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

let cached: Promise<MemoRubric> | undefined;

/** The rubric with the capstone module and the hazards members may choose from. */
export async function getMemoBrief(): Promise<MemoBrief> {
  if (process.env.NODE_ENV === "development") cached = undefined;
  cached ??= loadMemoRubric().catch((error) => {
    cached = undefined;
    throw error;
  });
  const rubric = await cached;
  const module = (await getCourse()).modules.find((candidate) => candidate.slug === MEMO_MODULE);
  const exercise = module?.risks[rubric.riskExercise];
  if (!module || !exercise) throw new ContentError(`The memo rubric names a risk exercise the ${MEMO_MODULE} module does not have`);
  return { rubric, module, hazards: exercise.hazards };
}
