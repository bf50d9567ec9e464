import { z } from "zod";
import type { DrawnQuestion } from "./draw";

export const sittingKindSchema = z.enum(["PRE", "POST"], { message: "notFound" });

/** Form fields `answer.<questionId>` carry an option id of that question; a blank is refused. */
export function sittingAnswersSchema(draw: DrawnQuestion[]) {
  return z.object(
    Object.fromEntries(
      draw.map((item) => [item.questionId, z.string({ message: "chooseAnswer" }).refine((id) => item.options.includes(id), "chooseAnswer")]),
    ),
  );
}
