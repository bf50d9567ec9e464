import { z } from "zod";
import { emailSchema, passwordSchema } from "@/lib/auth/schemas";
import { lineText, recordId } from "@/lib/validation";

export const displayNameSchema = lineText(2, 80, "displayNameLength");

export const createAdministratorSchema = z.object({
  email: emailSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
});

export const setUserActiveSchema = z.object({
  userId: recordId,
  active: z.enum(["true", "false"]).transform((value) => value === "true"),
});
