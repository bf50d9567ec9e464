import type { z } from "zod";

export type FieldErrors = Record<string, string>;

/** The first error key for each field, as the forms show them. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
  return errors;
}
