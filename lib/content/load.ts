import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import type { z } from "zod";
import { FIGURE_IDS, FIGURE_SCHEMAS, isFigureId, type Figures } from "./figures";
import { splitFrontmatter } from "./frontmatter";
import { attr, tags } from "./tags";
import { contentVersion, ENGLISH, readTranslation, TranslationError, type TextOrigin } from "./translations";
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
  memoRubricSchema,
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
  type MemoRubric,
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
  /** Hash of the English lesson file: stored with progress so an edit can be shown to those who finished it. */
  version: string;
  /** The language its title, summary and body are in: the course's language, or English where it has no translation. */
  text: TextOrigin;
};

export type CourseModule = {
  slug: string;
  dir: string;
  frontmatter: ModuleFrontmatter;
  overview: string;
  /** The language of module.mdx's text (title, summary, objectives, overview). */
  text: TextOrigin;
  lessons: Lesson[];
  checks: Record<string, Check & Versioned>;
  /** The ids of the module's <Reflection> prompts: the only notes a member can save here. */
  reflectionIds: string[];
  scenarios: Record<string, Scenario & Versioned>;
  risks: Record<string, RiskExercise & Versioned>;
  glossary: GlossaryEntry[];
  glossaryText: TextOrigin;
  /** The trainers' guide for a cohort session on this module (facilitator.yaml). */
  facilitator?: FacilitatorGuide & { text: TextOrigin };
  /** The brief members read and the rubric trainers mark a written memo with (memo/rubric.yaml): the capstone's. */
  memo?: MemoRubric & Versioned;
};

/** A YAML content file's data with the English file's hash and the language of its text. */
type Versioned = { version: string; text: TextOrigin };

/** A one-page aid members print or save: content/job-aids/<id>.mdx. */
export type JobAid = { id: string; file: string; frontmatter: JobAidFrontmatter; body: string; words: number; text: TextOrigin };

/** The pre- and post-course test: a blueprint and one pool per core principle. */
export type CourseTest = CourseTestBlueprint & { text: TextOrigin; pools: Record<string, CourseTestPool & Versioned> };

export type Course = {
  /** The language the course was loaded in; each piece of text says whether it is in it or in English. */
  locale: string;
  modules: CourseModule[];
  courseTest?: CourseTest;
  /** content/sources.yaml: what lessons cite by id and modules list as further reading. */
  sources: Source[];
  sourcesText: TextOrigin;
  /** content/banned-phrasings.yaml: wordings the verifier keeps out of every content file. */
  bannedPhrasings: BannedPhrasing[];
  /** content/figures/<id>.yaml: the text of each figure a lesson shows with <Figure id>. */
  figures: Figures;
  figureText: Record<string, TextOrigin>;

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

function validate<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".") || "(file)"}: ${issue.message}`);
  throw new ContentError(`${file} does not follow content/AUTHORING.md:\n${problems.join("\n")}`);
}

function parseYaml(source: string, file: string): unknown {
  try {
    return parse(source);
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

/** Where the course is read from, and the language wanted: English files, each replaced by its translation where one exists. */
type Reading = { root: string; locale: string };

/** The words of a file in the wanted language, its structure from the English (translations.ts checks they agree). */
async function inLanguage<T>(
  reading: Reading,
  file: string,
  english: { data: unknown; body?: string },
  version: string,
  schema: z.ZodType<T>,
): Promise<{ data: T; body?: string; text: TextOrigin }> {
  const translation =
    reading.locale === "en"
      ? undefined
      : await readTranslation(reading.root, reading.locale, file, english).catch((error: unknown) => {
          throw error instanceof TranslationError ? new ContentError(error.message) : error;
        });
  if (!translation) return { data: validate(schema, english.data, file), body: english.body, text: ENGLISH };
  return {
    data: validate(schema, translation.data, translation.file),
    body: translation.body,
    text: { language: reading.locale, stale: translation.translatedFrom !== version },
  };
}

/** A YAML file in the wanted language, with the English file's version. */
async function readYamlFile<T>(reading: Reading, file: string, schema: z.ZodType<T>): Promise<{ data: T; version: string; text: TextOrigin }> {
  const source = await readFile(file, "utf8");
  const version = contentVersion(source);
  const { data, text } = await inLanguage(reading, file, { data: parseYaml(source, file) }, version, schema);
  return { data, version, text };
}

/** An MDX file's frontmatter and body in the wanted language, with the English file's version. */
async function readMdxFile<T>(reading: Reading, file: string, schema: z.ZodType<T>) {
  const source = await readFile(file, "utf8");
  const version = contentVersion(source);
  const english = splitFrontmatter(source);
  const { data, body, text } = await inLanguage(reading, file, english, version, schema);
  return { frontmatter: data, body: body!, version, text };
}

async function readYamlFolder<T>(
  reading: Reading,
  dir: string,
  schema: z.ZodType<T>,
  skip: string[] = [],
): Promise<Record<string, T & Versioned>> {
  // No prototype: an id from a form such as "constructor" must find nothing, not Object's method.
  const result: Record<string, T & Versioned> = Object.create(null);
  for (const name of await listDir(dir)) {
    const match = YAML_FILE.exec(name);
    if (!match?.[1] || skip.includes(name)) continue;
    const { data, version, text } = await readYamlFile(reading, path.join(dir, name), schema);
    result[match[1]] = { ...data, version, text };
  }
  return result;
}

async function loadModule(reading: Reading, dir: string, slug: string): Promise<CourseModule> {
  const overview = await readMdxFile(reading, path.join(dir, "module.mdx"), moduleFrontmatterSchema);

  const lessons: Lesson[] = [];
  for (const name of await listDir(dir)) {
    const match = LESSON_FILE.exec(name);
    if (!match?.[2]) continue;
    const file = path.join(dir, name);
    const lesson = await readMdxFile(reading, file, lessonFrontmatterSchema);
    const words = countWords(lesson.body);
    lessons.push({ slug: match[2], file, ...lesson, words, minutes: readingMinutes(words) });
  }

  const files = await listDir(dir);
  const glossary = files.includes("glossary.yaml")
    ? await readYamlFile(reading, path.join(dir, "glossary.yaml"), glossarySchema)
    : { data: [], text: ENGLISH };
  const facilitator = files.includes("facilitator.yaml")
    ? await readYamlFile(reading, path.join(dir, "facilitator.yaml"), facilitatorGuideSchema)
    : undefined;
  const memo = (await listDir(path.join(dir, "memo"))).includes("rubric.yaml")
    ? await readYamlFile(reading, path.join(dir, "memo", "rubric.yaml"), memoRubricSchema)
    : undefined;

  return {
    slug,
    dir,
    frontmatter: overview.frontmatter,
    overview: overview.body,
    text: overview.text,
    lessons,
    checks: await readYamlFolder(reading, path.join(dir, "checks"), checkSchema),
    scenarios: await readYamlFolder(reading, path.join(dir, "scenarios"), scenarioSchema),
    risks: await readYamlFolder(reading, path.join(dir, "risks"), riskExerciseSchema),
    glossary: glossary.data,
    glossaryText: glossary.text,
    facilitator: facilitator && { ...facilitator.data, text: facilitator.text },
    memo: memo && { ...memo.data, version: memo.version, text: memo.text },
    reflectionIds: [overview.body, ...lessons.map((lesson) => lesson.body)]
      .flatMap((source) => tags(source, "Reflection"))
      .map((tag) => attr(tag, "id"))
      .filter((id): id is string => id !== undefined),
  };
}

async function readOptionalYaml<T>(reading: Reading, name: string, schema: z.ZodType<T>, fallback: T): Promise<{ data: T; text: TextOrigin }> {
  return (await listDir(reading.root)).includes(name) ? readYamlFile(reading, path.join(reading.root, name), schema) : { data: fallback, text: ENGLISH };
}

async function loadCourseTest(reading: Reading, dir: string): Promise<CourseTest | undefined> {
  const files = await listDir(dir);
  if (!files.includes("blueprint.yaml")) return undefined;
  const blueprint = await readYamlFile(reading, path.join(dir, "blueprint.yaml"), courseTestBlueprintSchema);
  const pools = await readYamlFolder(reading, dir, courseTestPoolSchema, ["blueprint.yaml"]);
  for (const [name, pool] of Object.entries(pools)) {
    if (pool.principle !== name) throw new ContentError(`${path.join(dir, `${name}.yaml`)}: principle must be "${name}", as the file is named`);
  }
  return { ...blueprint.data, text: blueprint.text, pools };
}

/** content/figures/: one file per figure, named by its id; a file with any other name is an error. */
async function loadFigures(reading: Reading, dir: string): Promise<{ figures: Figures; figureText: Record<string, TextOrigin> }> {
  const figures: Record<string, unknown> = {};
  const figureText: Record<string, TextOrigin> = {};
  for (const name of await listDir(dir)) {
    const id = YAML_FILE.exec(name)?.[1];
    if (!id) continue;
    const file = path.join(dir, name);
    if (!isFigureId(id)) throw new ContentError(`${file}: no figure is called "${id}"; the figures are ${FIGURE_IDS.join(", ")}`);
    const figure = await readYamlFile(reading, file, FIGURE_SCHEMAS[id] as z.ZodType<unknown>);
    figures[id] = figure.data;
    figureText[id] = figure.text;
  }
  return { figures: figures as Figures, figureText };
}

/** content/job-aids/<id>.mdx: one-page aids members print or save. */
async function loadJobAids(reading: Reading, dir: string): Promise<JobAid[]> {
  const aids: JobAid[] = [];
  for (const name of await listDir(dir)) {
    const match = JOB_AID_FILE.exec(name);
    if (!match?.[1]) continue;
    const file = path.join(dir, name);
    const { frontmatter, body, text } = await readMdxFile(reading, file, jobAidFrontmatterSchema);
    aids.push({ id: match[1], file, frontmatter, body, words: countWords(body.replace(/<\/?[a-z][^>]*>/g, " ")), text });
  }
  return aids;
}

/**
 * The course from `root`, in `locale`: every file that has a translation under
 * content/translations/<locale>/ is read in that language, every other in English.
 */
export async function loadCourse(root = contentRoot(), locale = "en"): Promise<Course> {
  const reading: Reading = { root, locale };
  const modulesDir = path.join(root, "modules");
  const modules: CourseModule[] = [];
  for (const name of await listDir(modulesDir)) {
    const match = MODULE_DIR.exec(name);
    if (match?.[2]) modules.push(await loadModule(reading, path.join(modulesDir, name), match[2]));
  }
  const sources = await readOptionalYaml(reading, "sources.yaml", sourcesSchema, []);
  return {
    locale,
    modules: modules.sort((a, b) => a.frontmatter.order - b.frontmatter.order),
    courseTest: await loadCourseTest(reading, path.join(root, "course-test")),
    sources: sources.data,
    sourcesText: sources.text,
    // Never translated: patterns matched against the English text.
    bannedPhrasings: (await readOptionalYaml({ root, locale: "en" }, "banned-phrasings.yaml", bannedPhrasingsSchema, [])).data,
    ...(await loadFigures(reading, path.join(root, "figures"))),
    jobAids: await loadJobAids(reading, path.join(root, "job-aids")),
  };
}
