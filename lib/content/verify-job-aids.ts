import type { Course } from "./load";
import { attr, tags } from "./tags";
import { linkTargets } from "./verify-references";

// Job aids are what members print or save: each must exist, fit one printed A4 page and use only
// the components that make sense on paper (no checks, scenarios or reflections).

export const REQUIRED_JOB_AIDS = ["principle-checklist", "vendor-questions", "risk-template"] as const;
/** About what fits one printed A4 page with a title, a table or a list, and a source line. */
export const JOB_AID_MAX_WORDS = 450;
export const JOB_AID_COMPONENTS = ["Callout", "Term", "Source"] as const;
/** A blank table to fill in by hand needs HTML: Markdown tables are not enabled. Nothing else. */
export const JOB_AID_HTML = ["table", "thead", "tbody", "tr", "th", "td"] as const;

export function jobAidProblems(course: Course): string[] {
  const problems: string[] = [];
  const ids = course.jobAids.map((aid) => aid.id);
  for (const id of REQUIRED_JOB_AIDS) if (!ids.includes(id)) problems.push(`job-aids/${id}.mdx is missing`);
  const glossary = new Set(course.modules.flatMap((module) => module.glossary.map((entry) => entry.id)));
  const sources = new Set(course.sources.map((source) => source.id));
  const targets = linkTargets(course);
  for (const aid of course.jobAids) {
    const name = `job-aids/${aid.id}.mdx`;
    if (aid.words > JOB_AID_MAX_WORDS) problems.push(`${name}: ${aid.words} words; a job aid fits one printed page (at most ${JOB_AID_MAX_WORDS})`);
    for (const match of aid.body.matchAll(/<([A-Z][A-Za-z]*)/g)) {
      if (!(JOB_AID_COMPONENTS as readonly string[]).includes(match[1]!)) problems.push(`${name}: <${match[1]}> cannot be used in a job aid (only ${JOB_AID_COMPONENTS.join(", ")})`);
    }
    for (const match of aid.body.matchAll(/<([a-z][a-z0-9]*)/g)) {
      if (!(JOB_AID_HTML as readonly string[]).includes(match[1]!)) problems.push(`${name}: <${match[1]}> cannot be used in a job aid (only table elements)`);
    }
    for (const tag of tags(aid.body, "Term")) if (!glossary.has(attr(tag, "id") ?? "")) problems.push(`${name}: ${tag} is not defined in any glossary.yaml`);
    for (const tag of tags(aid.body, "Source")) if (!sources.has(attr(tag, "id") ?? "")) problems.push(`${name}: ${tag} names no entry in content/sources.yaml`);
    for (const match of aid.body.matchAll(/\]\(([^)\s]*)\)/g)) {
      const href = match[1]!;
      if (/^https?:/.test(href)) problems.push(`${name}: link ${href} goes outside the course; cite it with <Source id> from content/sources.yaml`);
      else if (!targets.has(href)) problems.push(`${name}: link ${href} leads nowhere`);
    }
  }
  const template = course.jobAids.find((aid) => aid.id === "risk-template");
  if (template && !tags(template.body, "Source").some((tag) => attr(tag, "id") === "toolkit-risk-assessment")) {
    problems.push('job-aids/risk-template.mdx: must point to the Toolkit\'s risk assessment with <Source id="toolkit-risk-assessment" />');
  }
  return problems;
}
