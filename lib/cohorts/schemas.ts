import { z } from "zod";
import { COUNTRY_CODES } from "@/lib/countries";

// Messages are keys of the "validation" catalog (see lib/invitations/schemas.ts).

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "dateInvalid" })
  .transform((value) => new Date(`${value}T00:00:00Z`))
  .refine((date) => !Number.isNaN(date.getTime()), { message: "dateInvalid" });

export const optionalDate = z.preprocess((value) => (value === "" || value === null ? undefined : value), isoDate.optional());

export const COHORT_LANGUAGES = ["en", "ar", "fa", "ps", "ur", "ru", "tg", "uz", "kk", "ky"] as const;

export const cohortSchema = z
  .object({
    name: z.string({ message: "cohortNameLength" }).trim().min(2, { message: "cohortNameLength" }).max(120, { message: "cohortNameLength" }),
    countryCode: z.enum(COUNTRY_CODES, { message: "invalidChoice" }),
    locale: z.enum(COHORT_LANGUAGES, { message: "invalidChoice" }),
    startsOn: optionalDate,
    endsOn: optionalDate,
  })
  .refine((cohort) => !cohort.startsOn || !cohort.endsOn || cohort.endsOn >= cohort.startsOn, {
    message: "endBeforeStart",
    path: ["endsOn"],
  });

export const cohortIdSchema = z.string().min(1).max(40).regex(/^[a-z0-9]+$/);

export const assignmentSchema = z.object({
  cohortId: cohortIdSchema,
  moduleSlugs: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1, { message: "chooseModule" }),
  dueOn: optionalDate,
});

export const removeAssignmentSchema = z.object({ cohortId: cohortIdSchema, moduleSlug: z.string().regex(/^[a-z0-9-]+$/) });

export const addTrainerSchema = z.object({ cohortId: cohortIdSchema, email: z.string().trim().toLowerCase().email({ message: "emailInvalid" }) });
