import { FIGURE_IDS, isFigureId } from "./figures";
import type { Course, CourseModule } from "./load";
import { attr, tags } from "./tags";
import { moduleBodies } from "./verify-references";

// Figures: every <Figure id> names a file in content/figures/ (whose schema requires a caption and a
// text alternative), and every figure file is shown by at least one lesson.

export function figureProblems(module: CourseModule, course: Course): string[] {
  const problems: string[] = [];
  for (const { name, body } of moduleBodies(module)) {
    for (const tag of tags(body, "Figure")) {
      const id = attr(tag, "id") ?? "";
      if (!isFigureId(id)) problems.push(`${name}: ${tag} names no figure; the figures are ${FIGURE_IDS.join(", ")}`);
      else if (!course.figures[id]) problems.push(`${name}: ${tag} has no file content/figures/${id}.yaml`);
    }
  }
  return problems;
}

/** A figure file no lesson shows is text nobody reads (and a translator would translate for nothing). */
export function unusedFigures(course: Course): string[] {
  const used = new Set(course.modules.flatMap((module) => moduleBodies(module).flatMap(({ body }) => tags(body, "Figure").map((tag) => attr(tag, "id")))));
  return FIGURE_IDS.filter((id) => course.figures[id] && !used.has(id)).map((id) => `figures/${id}.yaml is shown by no lesson (<Figure id="${id}" />)`);
}
