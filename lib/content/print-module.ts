import { FINAL_CHECK } from "@/lib/progress/constants";
import type { CourseModule } from "./load";
import { paragraphs } from "./paragraphs";
import type { GlossaryEntry, Scenario } from "./schemas";
import { attr, tags } from "./tags";

// What the printable view of a module needs worked out from its content: pure, so it is unit-tested.

export type ScenarioSection = {
  number: number;
  paragraphs: string[];
  /** Each choice with the section it leads to, the way a paper "choose your path" reads. */
  choices: { label: string; section: number }[];
  outcome?: "good" | "mixed" | "poor";
  principles: string[];
};

/**
 * A scenario as numbered sections: its opening step is section 1 and the others follow in the order
 * the author wrote them (which keeps a branch's steps together), so every choice can say where to go.
 */
export function scenarioSections(scenario: Scenario): ScenarioSection[] {
  const ids = Object.keys(scenario.steps);
  const order = ids.includes(scenario.start) ? [scenario.start, ...ids.filter((id) => id !== scenario.start)] : ids;
  const sectionOf = new Map(order.map((id, index) => [id, index + 1]));
  return order.map((id, index) => {
    const step = scenario.steps[id]!;
    return {
      number: index + 1,
      paragraphs: paragraphs(step.text),
      // The content verifier refuses a choice that leads nowhere; were one to slip through, paper
      // cannot send her to a missing section, so the choice is left out rather than misnumbered.
      choices: (step.choices ?? []).flatMap(({ label, next }) => {
        const section = sectionOf.get(next);
        return section ? [{ label, section }] : [];
      }),
      outcome: step.outcome,
      principles: step.principles ?? [],
    };
  });
}

/** "a", "b", "c", "d": how an option is named on paper and in the answers. */
export const optionLetter = (index: number) => String.fromCharCode("a".charCodeAt(0) + index);

const bodies = (module: CourseModule) => [module.overview, ...module.lessons.map((lesson) => lesson.body)];

/** The ids a component is given across the module's overview and lessons, in reading order, once each. */
function idsUsed(module: CourseModule, component: string): string[] {
  const ids = bodies(module).flatMap((body) => tags(body, component).map((tag) => attr(tag, "id")));
  return [...new Set(ids.filter((id): id is string => Boolean(id)))];
}

/**
 * The practice checks the module shows, in reading order, each with the lesson it is in (0 for the
 * overview), so their answers can be grouped by lesson. The final check is drawn per attempt and
 * never printed; an id with no check behind it shows nothing on the page, so it has no answers either.
 */
export function practiceChecks(module: CourseModule): { id: string; lesson: number }[] {
  const seen = new Set<string>();
  return bodies(module).flatMap((body, lesson) =>
    tags(body, "KnowledgeCheck")
      .map((tag) => attr(tag, "id") ?? "")
      .filter((id) => id !== FINAL_CHECK && Object.hasOwn(module.checks, id) && !seen.has(id) && seen.add(id))
      .map((id) => ({ id, lesson })),
  );
}

/** The glossary entries of the terms the module's text marks with <Term id>, alphabetical. */
export function moduleGlossary<T extends GlossaryEntry>(module: CourseModule, glossary: ReadonlyMap<string, T>, locale = "en"): T[] {
  return idsUsed(module, "Term")
    .flatMap((id) => glossary.get(id) ?? [])
    .sort((a, b) => a.term.localeCompare(b.term, locale));
}

/** The module's further reading, then the other sources its lessons cite, once each. */
export function moduleSourceIds(module: CourseModule): string[] {
  return [...new Set([...(module.frontmatter.furtherReading ?? []), ...idsUsed(module, "Source")])];
}

export const lessonAnchor = (lessonSlug: string) => `lesson-${lessonSlug}`;

/** A link in the printed module: one to a lesson of the same module points to that lesson on the page. */
export function printHref(href: string, module: CourseModule): string {
  const match = /^\/learn\/([a-z0-9-]+)\/([a-z0-9-]+)$/.exec(href);
  if (match?.[1] === module.slug && module.lessons.some((lesson) => lesson.slug === match[2])) return `#${lessonAnchor(match[2]!)}`;
  return href;
}
