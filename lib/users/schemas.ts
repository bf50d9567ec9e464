import { z } from "zod";
import { emailSchema, passwordSchema } from "@/lib/auth/schemas";

export const displayNameSchema = z
  .string({ message: "displayNameLength" })
  .trim()
  .min(2, { message: "displayNameLength" })
  .max(80, { message: "displayNameLength" });

export const createAdministratorSchema = z.object({
  email: emailSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
});

export const setUserActiveSchema = z.object({
  userId: z.string().min(1).max(40),
  active: z.enum(["true", "false"]).transform((value) => value === "true"),
});
