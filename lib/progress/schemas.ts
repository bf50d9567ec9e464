import { z } from "zod";
import type { Check } from "@/lib/content/schemas";

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
        z.coerce
          .number({ message: "chooseAnswer" })
          .int()
          .min(0, { message: "chooseAnswer" })
          .max(question.options.length - 1, { message: "chooseAnswer" }),
      ]),
    ),
  );
}

export const reflectionSchema = z.object({
  moduleSlug: slug,
  promptId: slug,
  text: z.string().trim().max(5000, { message: "noteTooLong" }),
});
