import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";
import { lessonRefSchema } from "@/lib/progress/schemas";
import { multilineText } from "@/lib/validation";
import { COMMENT_MAX, PASSAGE_MAX } from "./limits";

const required = (max: number, message: string) => multilineText(max, message).pipe(z.string().min(1, { message }));

/** A member's report from the lesson's form: which lesson, the words that are wrong, what is wrong. */
export const translationReportSchema = lessonRefSchema.extend({
  passage: required(PASSAGE_MAX, "passageRequired"),
  comment: required(COMMENT_MAX, "reportCommentRequired"),
});
export type TranslationReportInput = z.infer<typeof translationReportSchema>;

/** The list's filter: one translated language, or all of them when absent. */
export const reportLanguageSchema = z.enum(LOCALES.filter((locale) => locale !== "en") as [string, ...string[]]).optional();
