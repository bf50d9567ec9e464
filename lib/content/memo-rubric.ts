import { textAttributes, type TextAttributes } from "./course-language";
import { ContentError, type CourseModule } from "./load";
import { findModule } from "./course";
import type { MemoRubric, RiskExercise } from "./schemas";

/** Where the memo lives in the course: the capstone module, whose risk exercise it draws on. */
export const MEMO_MODULE = "capstone";

/** The language of the brief and rubric, and of the hazards (from the risk exercise's own file). */
export type MemoLanguage = { brief: TextAttributes; hazards: TextAttributes };
export type MemoBrief = { rubric: MemoRubric; module: CourseModule; hazards: RiskExercise["hazards"]; language: MemoLanguage };

/**
 * The memo's brief and rubric in `locale` (English where it has no translation), with the capstone
 * module and the hazards members may choose from. Marking uses the ids and levels, which are the
 * same in every language.
 */
export async function getMemoBrief(locale = "en"): Promise<MemoBrief> {
  const module = await findModule(MEMO_MODULE, locale);
  const rubric = module?.memo;
  if (!module || !rubric) throw new ContentError(`The ${MEMO_MODULE} module has no memo/rubric.yaml`);
  const exercise = module.risks[rubric.riskExercise];
  if (!exercise) throw new ContentError(`The memo rubric names a risk exercise the ${MEMO_MODULE} module does not have`);
  return { rubric, module, hazards: exercise.hazards, language: { brief: textAttributes(rubric.text), hazards: textAttributes(exercise.text) } };
}

