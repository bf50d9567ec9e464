import { z } from "zod";

// Shared by the forms (their messages) and the server (its safeParse).
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "emailInvalid" }).max(254, { message: "emailInvalid" }));

export const passwordSchema = z
  .string({ message: "passwordTooShort" })
  .min(10, { message: "passwordTooShort" })
  .max(200, { message: "passwordTooLong" });

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { message: "passwordRequired" }).max(200, { message: "passwordTooLong" }),
});
