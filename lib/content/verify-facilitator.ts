import type { CourseModule } from "./load";

// A trainer running a cohort session needs the whole guide: plans that fit the time, and a debrief
// for every scenario the members will have played.
export const SESSION_MINUTES = { sixtyMinutes: 60, ninetyMinutes: 90 } as const;

export function facilitatorProblems(module: CourseModule): string[] {
  const guide = module.facilitator;
  if (!guide) return ["has no facilitator.yaml"];
  const problems: string[] = [];
  for (const [plan, minutes] of Object.entries(SESSION_MINUTES) as [keyof typeof SESSION_MINUTES, number][]) {
    const total = guide[plan].reduce((sum, step) => sum + step.minutes, 0);
    if (total !== minutes) problems.push(`facilitator.yaml: ${plan} adds up to ${total} minutes, not ${minutes}`);
  }
  if (guide.activity.minutes > SESSION_MINUTES.sixtyMinutes / 2) problems.push("facilitator.yaml: the activity must fit in half of the 60-minute session");
  const scenarios = Object.keys(module.scenarios);
  for (const id of scenarios) if (!guide.scenarioDebriefs[id]) problems.push(`facilitator.yaml: scenarioDebriefs has nothing for scenario "${id}"`);
  for (const id of Object.keys(guide.scenarioDebriefs)) if (!scenarios.includes(id)) problems.push(`facilitator.yaml: scenarioDebriefs names "${id}", which is not in scenarios/`);
  return problems;
}
