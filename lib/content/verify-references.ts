import type { Course, CourseModule } from "./load";
import { sourceUses } from "./sources";
import { attr, tags } from "./tags";

// Rules about what the course says of the world: real material is cited by id from
// content/sources.yaml (never by a bare link), every module offers further reading, and wordings the
// course once got wrong stay out (content/banned-phrasings.yaml).

/** Lesson and overview bodies by file name, as the verifier reports them. */
export const moduleBodies = (module: CourseModule) => [
  { name: "module.mdx", body: module.overview },
  ...module.lessons.map((lesson) => ({ name: lesson.file.split("/").pop()!, body: lesson.body })),
];

/** Every address inside the course a lesson or job aid may link to. */
export function linkTargets(course: Course): Set<string> {
  const targets = new Set(["/learn", "/glossary", "/about"]);
  for (const module of course.modules) {
    targets.add(`/learn/${module.slug}`);
    targets.add(`/learn/${module.slug}/check`);
    for (const lesson of module.lessons) targets.add(`/learn/${module.slug}/${lesson.slug}`);
    for (const entry of module.glossary) targets.add(`/glossary#${entry.id}`);
  }
  return targets;
}

export function sourceProblems(module: CourseModule, course: Course): string[] {
  const problems: string[] = [];
  const ids = new Set(course.sources.map((source) => source.id));
  let cited = 0;
  for (const { name, body } of moduleBodies(module)) {
    for (const tag of tags(body, "Source")) {
      cited += 1;
      if (!ids.has(attr(tag, "id") ?? "")) problems.push(`${name}: ${tag} names no entry in content/sources.yaml`);
    }
    for (const match of body.matchAll(/\]\((https?:[^)\s]*)\)/g)) {
      problems.push(`${name}: link ${match[1]} goes outside the course; cite it with <Source id> from content/sources.yaml`);
    }
  }
  if (cited === 0) problems.push("no lesson cites a source with <Source id>");
  const reading = module.frontmatter.furtherReading;
  if (!reading) problems.push("module.mdx: needs furtherReading, ids from content/sources.yaml");
  for (const id of reading ?? []) if (!ids.has(id)) problems.push(`module.mdx: furtherReading "${id}" is not in content/sources.yaml`);
  return problems;
}

/** Sources no lesson cites and no module lists are dead weight on the Sources page. */
export function unusedSources(course: Course): string[] {
  const used = sourceUses(course);
  return course.sources.filter((source) => !used.has(source.id)).map((source) => `sources.yaml: "${source.id}" is cited by no lesson and listed by no module`);
}

/** Every text an author wrote, by file, so a banned phrasing is found wherever it hides. */
function contentTexts(course: Course): { file: string; text: string }[] {
  const texts: { file: string; text: string }[] = [];
  for (const module of course.modules) {
    for (const { name, body } of moduleBodies(module)) texts.push({ file: `${module.slug}/${name}`, text: body });
    texts.push({ file: `${module.slug}/module.mdx frontmatter`, text: JSON.stringify(module.frontmatter) });
    const data = { checks: module.checks, scenarios: module.scenarios, risks: module.risks, glossary: module.glossary, facilitator: module.facilitator };
    for (const [kind, files] of Object.entries(data)) texts.push({ file: `${module.slug}/${kind}`, text: JSON.stringify(files ?? {}) });
  }
  for (const [principle, pool] of Object.entries(course.courseTest?.pools ?? {})) texts.push({ file: `course-test/${principle}.yaml`, text: JSON.stringify(pool) });
  texts.push({ file: "sources.yaml", text: JSON.stringify(course.sources) });
  for (const [id, figure] of Object.entries(course.figures)) texts.push({ file: `figures/${id}.yaml`, text: JSON.stringify(figure) });
  for (const aid of course.jobAids) texts.push({ file: `job-aids/${aid.id}.mdx`, text: `${JSON.stringify(aid.frontmatter)}\n${aid.body}` });
  return texts;
}

export function bannedPhrasingProblems(course: Course): string[] {
  const problems: string[] = [];
  for (const { pattern, reason } of course.bannedPhrasings) {
    const regex = new RegExp(pattern, "iu");
    for (const { file, text } of contentTexts(course)) {
      const found = regex.exec(text);
      if (found) problems.push(`${file}: "${found[0]}" is a banned phrasing (${reason})`);
    }
  }
  return problems;
}
