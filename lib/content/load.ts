import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import type { z } from "zod";
import { FIGURE_IDS, FIGURE_SCHEMAS, isFigureId, type Figures } from "./figures";
import { splitFrontmatter } from "./frontmatter";
import { attr, tags } from "./tags";
import { countWords, readingMinutes } from "./words";
import {
  bannedPhrasingsSchema,
  checkSchema,
  facilitatorGuideSchema,
  sourcesSchema,
  courseTestBlueprintSchema,
  courseTestPoolSchema,
  glossarySchema,
  jobAidFrontmatterSchema,
  lessonFrontmatterSchema,
  moduleFrontmatterSchema,
  riskExerciseSchema,
  scenarioSchema,
  type BannedPhrasing,
  type Check,
  type CourseTestBlueprint,
  type CourseTestPool,
  type FacilitatorGuide,
  type GlossaryEntry,
  type JobAidFrontmatter,
  type LessonFrontmatter,
  type ModuleFrontmatter,
  type RiskExercise,
  type Scenario,
  type Source,
} from "./schemas";

export type Lesson = {
  slug: string;
  file: string;
  frontmatter: LessonFrontmatter;
  body: string;
  words: number;
  minutes: number;
  /** Hash of the lesson file: stored with progress so an edit can be shown to those who finished it. */
  version: string;
};

export type CourseModule = {
  slug: string;
  dir: string;
  frontmatter: ModuleFrontmatter;
  overview: string;
  lessons: Lesson[];
  checks: Record<string, Check & { version: string }>;
  /** The ids of the module's <Reflection> prompts: the only notes a member can save here. */
  reflectionIds: string[];
  scenarios: Record<string, Scenario>;
  risks: Record<string, RiskExercise>;
  glossary: GlossaryEntry[];
  /** The trainers' guide for a cohort session on this module (facilitator.yaml). */
  facilitator?: FacilitatorGuide;
};

/** A one-page aid members print or save: content/job-aids/<id>.mdx. */
export type JobAid = { id: string; file: string; frontmatter: JobAidFrontmatter; body: string; words: number };

/** The pre- and post-course test: a blueprint and one pool per core principle. */
export type CourseTest = CourseTestBlueprint & { pools: Record<string, CourseTestPool & { version: string }> };

export type Course = {
  modules: CourseModule[];
  courseTest?: CourseTest;
  /** content/sources.yaml: what lessons cite by id and modules list as further reading. */
  sources: Source[];
  /** content/banned-phrasings.yaml: wordings the verifier keeps out of every content file. */
  bannedPhrasings: BannedPhrasing[];
  /** content/figures/<id>.yaml: the text of each figure a lesson shows with <Figure id>. */
  figures: Figures;

  /** content/job-aids/: the principle checklist, the vendor questions, the risk template. */
  jobAids: JobAid[];
};

/** A content file that does not follow content/AUTHORING.md; the message names the file. */
export class ContentError extends Error {}

const MODULE_DIR = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const LESSON_FILE = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;
const JOB_AID_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;
const YAML_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$/;

export const contentRoot = () => path.join(/*turbopackIgnore: true*/ process.cwd(), "content");

const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16);

function validate<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".") || "(file)"}: ${issue.message}`);
  throw new ContentError(`${file} does not follow content/AUTHORING.md:\n${problems.join("\n")}`);
}

async function readYaml(file: string): Promise<unknown> {
  try {
    return parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new ContentError(`${file} is not valid YAML: ${(error as Error).message}`);
  }
}

async function listDir(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

async function readYamlFolder<T>(
  dir: string,
  schema: z.ZodType<T>,
  skip: string[] = [],
): Promise<Record<string, T & { version: string }>> {
  // No prototype: an id from a form such as "constructor" must find nothing, not Object's method.
  const result: Record<string, T & { version: string }> = Object.create(null);
  for (const name of await listDir(dir)) {
    const match = YAML_FILE.exec(name);
    if (!match?.[1] || skip.includes(name)) continue;
    const file = path.join(dir, name);
    const source = await readFile(file, "utf8");
    result[match[1]] = { ...validate(schema, await readYaml(file), file), version: hash(source) };
  }
  return result;
}

async function loadModule(dir: string, slug: string): Promise<CourseModule> {
  const moduleFile = path.join(dir, "module.mdx");
  const { data, body } = splitFrontmatter(await readFile(moduleFile, "utf8"));
  const frontmatter = validate(moduleFrontmatterSchema, data, moduleFile);

  const lessons: Lesson[] = [];
  for (const name of await listDir(dir)) {
    const match = LESSON_FILE.exec(name);
    if (!match?.[2]) continue;
    const file = path.join(dir, name);
    const source = await readFile(file, "utf8");
    const lesson = splitFrontmatter(source);
    const words = countWords(lesson.body);
    lessons.push({
      slug: match[2],
      file,
      frontmatter: validate(lessonFrontmatterSchema, lesson.data, file),
      body: lesson.body,
      words,
      minutes: readingMinutes(words),
      version: hash(source),
    });
  }

  const files = await listDir(dir);
  const glossaryFile = path.join(dir, "glossary.yaml");
  const glossary = files.includes("glossary.yaml") ? validate(glossarySchema, await readYaml(glossaryFile), glossaryFile) : [];
  const facilitatorFile = path.join(dir, "facilitator.yaml");
  const facilitator = files.includes("facilitator.yaml")
    ? validate(facilitatorGuideSchema, await readYaml(facilitatorFile), facilitatorFile)
    : undefined;

  return {
    slug,
    dir,
    frontmatter,
    overview: body,
    lessons,
    checks: await readYamlFolder(path.join(dir, "checks"), checkSchema),
    scenarios: await readYamlFolder(path.join(dir, "scenarios"), scenarioSchema),
    risks: await readYamlFolder(path.join(dir, "risks"), riskExerciseSchema),
    glossary,
    facilitator,
    reflectionIds: [body, ...lessons.map((lesson) => lesson.body)]
      .flatMap((source) => tags(source, "Reflection"))
      .map((tag) => attr(tag, "id"))
      .filter((id): id is string => id !== undefined),
  };
}

async function readOptionalYaml<T>(root: string, name: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
  const file = path.join(root, name);
  return (await listDir(root)).includes(name) ? validate(schema, await readYaml(file), file) : fallback;
}

async function loadCourseTest(dir: string): Promise<CourseTest | undefined> {
  const files = await listDir(dir);
  if (!files.includes("blueprint.yaml")) return undefined;
  const blueprintFile = path.join(dir, "blueprint.yaml");
  const blueprint = validate(courseTestBlueprintSchema, await readYaml(blueprintFile), blueprintFile);
  const pools = await readYamlFolder(dir, courseTestPoolSchema, ["blueprint.yaml"]);
  for (const [name, pool] of Object.entries(pools)) {
    if (pool.principle !== name) throw new ContentError(`${path.join(dir, `${name}.yaml`)}: principle must be "${name}", as the file is named`);
  }
  return { ...blueprint, pools };
}

/** content/figures/: one file per figure, named by its id; a file with any other name is an error. */
async function loadFigures(dir: string): Promise<Figures> {
  const figures: Record<string, unknown> = {};
  for (const name of await listDir(dir)) {
    const id = YAML_FILE.exec(name)?.[1];
    if (!id) continue;
    const file = path.join(dir, name);
    if (!isFigureId(id)) throw new ContentError(`${file}: no figure is called "${id}"; the figures are ${FIGURE_IDS.join(", ")}`);
    figures[id] = validate(FIGURE_SCHEMAS[id] as z.ZodType<unknown>, await readYaml(file), file);
  }
  return figures as Figures;
}

/** content/job-aids/<id>.mdx: one-page aids members print or save. */
async function loadJobAids(dir: string): Promise<JobAid[]> {
  const aids: JobAid[] = [];
  for (const name of await listDir(dir)) {
    const match = JOB_AID_FILE.exec(name);
    if (!match?.[1]) continue;
    const file = path.join(dir, name);
    const { data, body } = splitFrontmatter(await readFile(file, "utf8"));
    aids.push({ id: match[1], file, frontmatter: validate(jobAidFrontmatterSchema, data, file), body, words: countWords(body.replace(/<\/?[a-z][^>]*>/g, " ")) });
  }
  return aids;
}

export async function loadCourse(root = contentRoot()): Promise<Course> {
  const modulesDir = path.join(root, "modules");
  const modules: CourseModule[] = [];
  for (const name of await listDir(modulesDir)) {
    const match = MODULE_DIR.exec(name);
    if (match?.[2]) modules.push(await loadModule(path.join(modulesDir, name), match[2]));
  }
  return {
    modules: modules.sort((a, b) => a.frontmatter.order - b.frontmatter.order),
    courseTest: await loadCourseTest(path.join(root, "course-test")),
    sources: await readOptionalYaml(root, "sources.yaml", sourcesSchema, []),
    bannedPhrasings: await readOptionalYaml(root, "banned-phrasings.yaml", bannedPhrasingsSchema, []),
    figures: await loadFigures(path.join(root, "figures")),
    jobAids: await loadJobAids(path.join(root, "job-aids")),
  };
}
