import type { Course, CourseModule } from "./load";
import { cueProblems, NAIVE_STRATEGIES, passProbability } from "./question-cues";
import { CORE_PRINCIPLES } from "./principles";
import { INSTRUMENTAL_PRINCIPLES, type Check, type Scenario } from "./schemas";
import { attr, tags } from "./tags";
import { facilitatorProblems } from "./verify-facilitator";
import { figureProblems, unusedFigures } from "./verify-figures";
import { jobAidProblems } from "./verify-job-aids";
import { bannedPhrasingProblems, linkTargets, moduleBodies, sourceProblems, unusedSources } from "./verify-references";

// Checks across files that a schema alone cannot make: references between lessons and data files,
// links, scenario graphs, word ranges and the principles each module must teach. `npm test` runs it
// on the real content; each rule is listed in content/AUTHORING.md.

export const LESSON_WORDS = { min: 1000, max: 2000 } as const;
export const COMPONENTS = ["Callout", "Term", "KnowledgeCheck", "Scenario", "RiskMatrix", "Reflection", "Source", "Figure"] as const;
const RESERVED_LESSON_SLUGS = ["check"];
/** A final check's pool holds at least this many times the questions an attempt shows. */
export const POOL_FACTOR = 1.5;
/** The most a naive strategy may have of passing a final check. */
export const NAIVE_PASS_LIMIT = 0.01;

export function scenarioProblems(scenario: Scenario): string[] {
  const problems: string[] = [];
  const steps = scenario.steps;
  if (!steps[scenario.start]) problems.push(`start step "${scenario.start}" does not exist`);
  for (const [id, step] of Object.entries(steps)) {
    const ending = !step.choices;
    if (ending && !step.outcome) problems.push(`step "${id}" has no choices and no outcome`);
    if (!ending && (step.outcome || step.principles)) problems.push(`step "${id}" has choices, so it cannot have an outcome or principles`);
    for (const choice of step.choices ?? []) {
      if (!steps[choice.next]) problems.push(`step "${id}" leads to missing step "${choice.next}"`);
    }
  }
  const reachable = new Set<string>();
  const queue = [scenario.start];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (reachable.has(id) || !steps[id]) continue;
    reachable.add(id);
    queue.push(...(steps[id].choices ?? []).map((choice) => choice.next));
  }
  for (const id of Object.keys(steps)) if (!reachable.has(id)) problems.push(`step "${id}" cannot be reached from the start`);
  // A step can finish if it is an ending or one of its choices leads to a step that can finish.
  const canFinish = new Set(Object.keys(steps).filter((id) => !steps[id]!.choices));
  for (let changed = true; changed; ) {
    changed = false;
    for (const [id, step] of Object.entries(steps)) {
      if (!canFinish.has(id) && step.choices?.some((choice) => canFinish.has(choice.next))) {
        canFinish.add(id);
        changed = true;
      }
    }
  }
  for (const id of reachable) if (!canFinish.has(id)) problems.push(`from step "${id}" no path reaches an ending`);
  return problems;
}

/** A final check: a pool large enough to draw from, a way back for every question, no cues. */
function finalCheckProblems(module: CourseModule, final: Check): string[] {
  const problems: string[] = [];
  if (final.passMark !== 80 || final.show === undefined) return ["needs passMark: 80 and show"];
  const poolNeeded = Math.ceil(final.show * POOL_FACTOR);
  if (final.questions.length < poolNeeded) problems.push(`shows ${final.show} questions from a pool of ${final.questions.length}; the pool needs at least ${poolNeeded}`);
  const lessons = new Set(module.lessons.map((lesson) => lesson.slug));
  for (const question of final.questions) {
    if (!question.revisit || !lessons.has(question.revisit)) problems.push(`question "${question.id}" needs revisit: a lesson slug of this module`);
    if (!question.idea) problems.push(`question "${question.id}" needs an idea to revisit`);
  }
  module.frontmatter.objectives.forEach((_, index) => {
    if (!final.questions.some((question) => question.objective === index + 1)) problems.push(`no question tests objective ${index + 1}`);
  });
  problems.push(...cueProblems(final.questions));
  for (const [name, pick] of Object.entries(NAIVE_STRATEGIES)) {
    const chance = passProbability(final, pick);
    if (chance >= NAIVE_PASS_LIMIT) problems.push(`"${name}" passes ${(chance * 100).toFixed(1)}% of attempts (must be under ${NAIVE_PASS_LIMIT * 100}%)`);
  }
  return problems;
}

export function moduleProblems(module: CourseModule, course: Course): string[] {
  const problems: string[] = [];
  const { frontmatter } = module;
  const glossaryIds = new Set(course.modules.flatMap((m) => m.glossary.map((entry) => entry.id)));
  const targets = linkTargets(course);

  if (module.lessons.length < 3 || module.lessons.length > 5) problems.push(`has ${module.lessons.length} lessons; a module has 3 to 5`);
  const required = (INSTRUMENTAL_PRINCIPLES as Record<string, readonly string[]>)[frontmatter.principle] ?? [];
  for (const id of required) {
    if (!frontmatter.instrumentalPrinciples.includes(id as never)) problems.push(`does not name the instrumental principle "${id}"`);
  }
  const final = module.checks.final;
  if (!final) problems.push("has no checks/final.yaml");
  else problems.push(...finalCheckProblems(module, final).map((problem) => `checks/final.yaml: ${problem}`));
  for (const [id, check] of Object.entries(module.checks)) {
    if (id !== "final" && (check.passMark !== undefined || check.questions.length > 3)) {
      problems.push(`checks/${id}.yaml is a practice check: 1 to 3 questions and no passMark`);
    }
    for (const question of check.questions) {
      if (question.objective === undefined || question.objective > frontmatter.objectives.length) {
        problems.push(`checks/${id}.yaml: question "${question.id}" needs an objective between 1 and ${frontmatter.objectives.length}`);
      }
    }
  }
  const practice = Object.entries(module.checks).flatMap(([id, check]) => (id === "final" ? [] : check.questions));
  for (const problem of cueProblems(practice)) problems.push(`practice checks: ${problem}`);

  const reflections = new Set<string>();
  let scenarios = 0;
  for (const { name, body } of moduleBodies(module)) {
    for (const match of body.matchAll(/<([A-Z][A-Za-z]*)/g)) {
      if (!(COMPONENTS as readonly string[]).includes(match[1]!)) problems.push(`${name}: unknown component <${match[1]}>`);
    }
    for (const tag of tags(body, "KnowledgeCheck")) {
      const id = attr(tag, "id");
      if (!id || id === "final" || !module.checks[id]) problems.push(`${name}: ${tag} names no practice check in checks/`);
    }
    for (const tag of tags(body, "Scenario")) {
      scenarios += 1;
      if (!module.scenarios[attr(tag, "id") ?? ""]) problems.push(`${name}: ${tag} names no file in scenarios/`);
    }
    for (const tag of tags(body, "RiskMatrix")) {
      if (!module.risks[attr(tag, "id") ?? ""]) problems.push(`${name}: ${tag} names no file in risks/`);
    }
    for (const tag of tags(body, "Term")) {
      const id = attr(tag, "id");
      if (!id || !glossaryIds.has(id)) problems.push(`${name}: ${tag} is not defined in any glossary.yaml`);
    }
    for (const tag of tags(body, "Reflection")) {
      const id = attr(tag, "id");
      if (!id || !attr(tag, "prompt")) problems.push(`${name}: ${tag} needs an id and a prompt`);
      else if (reflections.has(id)) problems.push(`${name}: reflection id "${id}" is used twice in the module`);
      else reflections.add(id);
    }
    for (const match of body.matchAll(/\]\((\/[^)\s]*)\)/g)) {
      if (!targets.has(match[1]!)) problems.push(`${name}: link ${match[1]} leads nowhere`);
    }
  }
  if (scenarios === 0) problems.push("has no <Scenario> in any lesson");

  for (const lesson of module.lessons) {
    if (RESERVED_LESSON_SLUGS.includes(lesson.slug)) problems.push(`lesson slug "${lesson.slug}" is reserved`);
    if (lesson.words < LESSON_WORDS.min || lesson.words > LESSON_WORDS.max) {
      problems.push(`${lesson.slug}: ${lesson.words} words; a lesson has ${LESSON_WORDS.min} to ${LESSON_WORDS.max}`);
    }
  }
  // The module's declared time should match its parts: reading time plus a minute a question.
  const expected = module.lessons.reduce((sum, lesson) => sum + lesson.minutes, 0) + (final?.show ?? 0);
  if (Math.abs(frontmatter.estimatedMinutes - expected) > expected * 0.2) {
    problems.push(`estimatedMinutes is ${frontmatter.estimatedMinutes}; its lessons and check take about ${expected}`);
  }
  for (const [id, scenario] of Object.entries(module.scenarios)) {
    for (const problem of scenarioProblems(scenario)) problems.push(`scenarios/${id}.yaml: ${problem}`);
  }
  for (const [id, exercise] of Object.entries(module.risks)) {
    for (const hazard of exercise.hazards) {
      if (!hazard.principles) problems.push(`risks/${id}.yaml: hazard "${hazard.id}" needs the principles it engages`);
    }
  }
  problems.push(...sourceProblems(module, course), ...facilitatorProblems(module), ...figureProblems(module, course));
  return problems;
}

export function courseProblems(course: Course): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const module of course.modules) {
    for (const entry of module.glossary) {
      const other = seen.get(entry.id);
      if (other) problems.push(`glossary term "${entry.id}" is defined in both ${other} and ${module.slug}`);
      seen.set(entry.id, module.slug);
    }
  }
  const orders = course.modules.map((module) => module.frontmatter.order);
  if (new Set(orders).size !== orders.length) problems.push("two modules have the same order");
  return [
    ...problems,
    ...courseTestProblems(course).map((problem) => `course-test: ${problem}`),
    ...unusedSources(course),
    ...unusedFigures(course),
    ...bannedPhrasingProblems(course),
    ...jobAidProblems(course),
  ];
}

/** The pre/post test: a pool per core principle, large enough for two sittings that do not overlap. */
export function courseTestProblems(course: Course): string[] {
  const test = course.courseTest;
  if (!test) return ["content/course-test/blueprint.yaml is missing"];
  const problems: string[] = [];
  for (const principle of CORE_PRINCIPLES) {
    const pool = test.pools[principle];
    const needed = test.perPrinciple * 2;
    if (!pool) problems.push(`${principle}.yaml is missing`);
    else if (pool.questions.length < needed) problems.push(`${principle}.yaml has ${pool.questions.length} questions; two sittings need at least ${needed}`);
  }
  const ids = Object.values(test.pools).flatMap((pool) => pool.questions.map((question) => question.id));
  if (new Set(ids).size !== ids.length) problems.push("question ids must be unique across the pools");
  problems.push(...cueProblems(Object.values(test.pools).flatMap((pool) => pool.questions)));
  return problems;
}
