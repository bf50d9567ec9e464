import { z } from "zod";
import type { Check } from "@/lib/content/schemas";
import { multilineText } from "@/lib/validation";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(100);

export const moduleRefSchema = z.object({ moduleSlug: slug });

export const lessonRefSchema = z.object({ moduleSlug: slug, lessonSlug: slug });

export const checkRefSchema = z.object({ moduleSlug: slug, checkId: slug });

/** Form fields are named `answer.<questionId>` and carry the chosen option's index. */
export function answersSchema(check: Check) {
  return z.object(
    Object.fromEntries(
      check.questions.map((question) => [
        question.id,
        // A blank or missing answer is refused, never read as option 0.
        z
          .preprocess((value) => (typeof value === "number" ? String(value) : value), z.string({ message: "chooseAnswer" }))
          .pipe(z.string().regex(/^\d{1,2}$/, { message: "chooseAnswer" }))
          .transform(Number)
          .pipe(z.number().max(question.options.length - 1, { message: "chooseAnswer" })),
      ]),
    ),
  );
}

export const reflectionSchema = z.object({
  moduleSlug: slug,
  promptId: slug,
  text: multilineText(5000, "noteTooLong"),
});
