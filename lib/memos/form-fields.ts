import { CORE_PRINCIPLES } from "@/lib/content/principles";

// The memo form's field names, shared by the form that writes them and the action that reads
// them, so the page works as a plain HTML form without JavaScript.

/** How many hazard rows the form offers: the rubric's maximum. */
export const riskField = (row: number, part: "hazard" | "likelihood" | "severity" | "mitigation") => `risk.${row}.${part}`;
export const principleField = (id: string) => `principle.${id}`;
export const principleWhyField = (id: string) => `principleWhy.${id}`;
export const levelField = (criterionId: string) => `level.${criterionId}`;

const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : undefined);

/** Her form, as the draft schema reads it: ticked principles with their reasons, and filled rows. */
export function memoFromForm(form: FormData, riskRows: number) {
  const risks = [];
  for (let row = 0; row < Math.min(riskRows, 12); row++) {
    const risk = {
      hazardId: text(form.get(riskField(row, "hazard"))),
      likelihood: text(form.get(riskField(row, "likelihood"))),
      severity: text(form.get(riskField(row, "severity"))),
      mitigation: text(form.get(riskField(row, "mitigation"))) ?? "",
    };
    // An untouched row is not a risk she chose.
    if (risk.hazardId || risk.likelihood || risk.severity || risk.mitigation.trim()) risks.push(risk);
  }
  return {
    system: text(form.get("system")),
    principles: CORE_PRINCIPLES.filter((id) => form.get(principleField(id)) !== null).map((id) => ({
      id,
      why: text(form.get(principleWhyField(id))) ?? "",
    })),
    risks,
    recommendation: text(form.get("recommendation")),
  };
}

/** The marking form's levels, one field per criterion. */
export function levelsFromForm(form: FormData, criterionIds: string[]): Record<string, string> {
  const levels: Record<string, string> = {};
  for (const id of criterionIds) {
    const value = text(form.get(levelField(id)));
    if (value) levels[id] = value;
  }
  return levels;
}
