import { z } from "zod";
import type { Check } from "@/lib/content/schemas";
import { multilineText } from "@/lib/validation";

export const contentSlug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(100);

export const moduleRefSchema = z.object({ moduleSlug: contentSlug });

export const lessonRefSchema = z.object({ moduleSlug: contentSlug, lessonSlug: contentSlug });

export const checkRefSchema = z.object({ moduleSlug: contentSlug, checkId: contentSlug });

/**
 * Form fields are named `answer.<questionId>` and carry the chosen option's id. For a final check
 * only the drawn questions are asked (`questionIds`); each must be answered with one of its options.
 */
export function answersSchema(check: Check, questionIds?: readonly string[]) {
  const asked = questionIds ? check.questions.filter((q) => questionIds.includes(q.id)) : check.questions;
  return z.object(
    Object.fromEntries(
      asked.map((question) => {
        const optionIds = question.options.map((o) => o.id);
        // A blank, missing or unknown answer is refused with the field's message.
        return [question.id, z.string({ message: "chooseAnswer" }).refine((value) => optionIds.includes(value), { message: "chooseAnswer" })];
      }),
    ),
  );
}

export const reflectionSchema = z.object({
  moduleSlug: contentSlug,
  promptId: contentSlug,
  text: multilineText(5000, "noteTooLong"),
});
