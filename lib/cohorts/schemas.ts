import { z } from "zod";
import { emailSchema } from "@/lib/auth/schemas";
import { COUNTRY_CODES } from "@/lib/countries";
import { calendarDate, lineText, recordId } from "@/lib/validation";

// Messages are keys of the "validation" catalog (see lib/invitations/schemas.ts).

export const optionalDate = z.preprocess((value) => (value === "" || value === null ? undefined : value), calendarDate.optional());

export const COHORT_LANGUAGES = ["en", "ar", "fa", "ps", "ur", "ru", "tg", "uz", "kk", "ky"] as const;

export const cohortSchema = z
  .object({
    name: lineText(2, 120, "cohortNameLength"),
    countryCode: z.enum(COUNTRY_CODES, { message: "invalidChoice" }),
    locale: z.enum(COHORT_LANGUAGES, { message: "invalidChoice" }),
    startsOn: optionalDate,
    endsOn: optionalDate,
  })
  .refine((cohort) => !cohort.startsOn || !cohort.endsOn || cohort.endsOn >= cohort.startsOn, {
    message: "endBeforeStart",
    path: ["endsOn"],
  });

export const cohortIdSchema = recordId;

export const assignmentSchema = z.object({
  cohortId: cohortIdSchema,
  moduleSlugs: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1, { message: "chooseModule" }),
  dueOn: optionalDate,
});

export const removeAssignmentSchema = z.object({ cohortId: cohortIdSchema, moduleSlug: z.string().regex(/^[a-z0-9-]+$/) });

export const addTrainerSchema = z.object({ cohortId: cohortIdSchema, email: emailSchema });
