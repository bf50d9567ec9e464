import { z } from "zod";
import { emailSchema, passwordSchema } from "@/lib/auth/schemas";
import { COUNTRY_CODES } from "@/lib/countries";
import { Role, Sector } from "@/lib/generated/prisma/enums";
import { LOCALES } from "@/lib/i18n/config";
import { lineText, recordId } from "@/lib/validation";

// Error messages here and in every schema are keys of the "validation" message catalog, so the
// form shows them in her language; the server never sends English text to the page.

// The lists the forms offer, in schema.prisma's order, from the enums Prisma generates from it.
export const ROLES = Object.values(Role) as [Role, ...Role[]];
export const SECTORS = Object.values(Sector) as [Sector, ...Sector[]];

export const createInvitationSchema = z.object({
  email: emailSchema,
  role: z.enum(ROLES, { message: "roleRequired" }),
});

const optionalText = (max: number, message: string) =>
  z.preprocess((value) => (value === "" ? undefined : value), lineText(0, max, message).optional());

export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "invitationLink");

export const acceptInvitationSchema = z
  .object({
    token: tokenSchema,
    displayName: lineText(2, 80, "displayNameLength"),
    password: passwordSchema,
    confirmPassword: z.string({ message: "passwordsDiffer" }),
    countryCode: z.preprocess((v) => (v === "" ? undefined : v), z.enum(COUNTRY_CODES, { message: "invalidChoice" }).optional()),
    sector: z.preprocess((v) => (v === "" ? undefined : v), z.enum(SECTORS, { message: "invalidChoice" }).optional()),
    organisation: optionalText(120, "organisationTooLong"),
    locale: z.enum(LOCALES, { message: "invalidChoice" }).default("en"),
  })
  .refine((data) => data.password === data.confirmPassword, {
    message: "passwordsDiffer",
    path: ["confirmPassword"],
  });

export const invitationIdSchema = recordId;
