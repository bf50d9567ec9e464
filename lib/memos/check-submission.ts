import type { MemoRubric, RiskExercise } from "@/lib/content/schemas";
import type { FieldErrors } from "@/lib/form-errors";
import type { MemoDraft } from "./schemas";
import { countMemoWords } from "./words";

/**
 * What a submission needs beyond a saved draft, field by field, from the published rubric: every
 * section filled, the number of principles and risks it asks for, each risk a known hazard rated
 * on both scales with a mitigation, and the word range. Empty when the memo can be submitted.
 */
export function checkSubmission(memo: MemoDraft, rubric: MemoRubric, hazards: RiskExercise["hazards"]): FieldErrors {
  const errors: FieldErrors = {};
  const { principles, risks } = rubric.sections;
  if (!memo.system) errors.system = "sectionRequired";
  if (memo.principles.length < principles.min || memo.principles.length > principles.max) errors.principles = "principlesCount";
  else if (memo.principles.some((principle) => !principle.why)) errors.principles = "principleWhyRequired";
  const known = new Set(hazards.map((hazard) => hazard.id));
  const chosen = memo.risks.map((risk) => risk.hazardId);
  if (memo.risks.length < risks.min || memo.risks.length > risks.max) errors.risks = "risksCount";
  else if (chosen.some((id) => !id || !known.has(id))) errors.risks = "hazardRequired";
  else if (new Set(chosen).size !== chosen.length) errors.risks = "hazardTwice";
  else if (memo.risks.some((risk) => !risk.likelihood || !risk.severity)) errors.risks = "ratingRequired";
  else if (memo.risks.some((risk) => !risk.mitigation)) errors.risks = "mitigationRequired";
  if (!memo.recommendation) errors.recommendation = "sectionRequired";
  const words = countMemoWords(memo);
  if (words < rubric.words.min) errors.words = "tooFewWords";
  if (words > rubric.words.max) errors.words = "tooManyWords";
  return errors;
}
