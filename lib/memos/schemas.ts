import { z } from "zod";
import { CORE_PRINCIPLES } from "@/lib/content/principles";
import { multilineText, recordId } from "@/lib/validation";

// One schema for her draft as the form sends it, another for a mark. A draft may be incomplete;
// what a submission must also satisfy (the word range, the counts the rubric sets) is checked in
// check-submission.ts against the published rubric.

const TEXT_MAX = 8000;
const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80);
const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const rating = z.preprocess(
  blankToUndefined,
  z.coerce.number({ message: "ratingInvalid" }).int({ message: "ratingInvalid" }).min(1, { message: "ratingInvalid" }).max(5, { message: "ratingInvalid" }).optional(),
);
const memoText = multilineText(TEXT_MAX, "memoTextTooLong").default("");

export const memoDraftSchema = z.object({
  system: memoText,
  principles: z
    .array(z.object({ id: z.enum(CORE_PRINCIPLES, { message: "principleInvalid" }), why: memoText }))
    .max(CORE_PRINCIPLES.length)
    .refine((items) => new Set(items.map((item) => item.id)).size === items.length, { message: "principleTwice" })
    .default([]),
  risks: z
    .array(
      z.object({
        hazardId: z.preprocess(blankToUndefined, kebab.optional()),
        likelihood: rating,
        severity: rating,
        mitigation: memoText,
      }),
    )
    .max(12)
    .default([]),
  recommendation: memoText,
});

export type MemoDraft = z.infer<typeof memoDraftSchema>;

export const emptyMemoDraft: MemoDraft = { system: "", principles: [], risks: [], recommendation: "" };

export const memoDecisionSchema = z.enum(["ACCEPTED", "RETURNED"], { message: "decisionRequired" });

export const markSchema = z
  .object({
    memoId: recordId,
    versionId: recordId,
    decision: memoDecisionSchema,
    comments: multilineText(4000, "commentsTooLong"),
    levels: z.record(kebab, kebab),
  })
  .refine((mark) => mark.decision !== "RETURNED" || mark.comments.length > 0, {
    path: ["comments"],
    message: "commentsRequiredToReturn",
  });

export type MarkInput = z.infer<typeof markSchema>;
