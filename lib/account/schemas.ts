import { z } from "zod";
import { emailSchema, passwordSchema } from "@/lib/auth/schemas";
import { tokenSchema } from "@/lib/invitations/schemas";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ message: "passwordRequired" }).min(1, { message: "passwordRequired" }).max(200, { message: "passwordTooLong" }),
    newPassword: passwordSchema,
    confirmPassword: z.string({ message: "passwordsDiffer" }),
  })
  .refine((data) => data.newPassword === data.confirmPassword, { message: "passwordsDiffer", path: ["confirmPassword"] })
  .refine((data) => data.newPassword !== data.currentPassword, { message: "samePassword", path: ["newPassword"] });

export const requestPasswordResetSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z
  .object({
    token: tokenSchema,
    password: passwordSchema,
    confirmPassword: z.string({ message: "passwordsDiffer" }),
  })
  .refine((data) => data.password === data.confirmPassword, { message: "passwordsDiffer", path: ["confirmPassword"] });
