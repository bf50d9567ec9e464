import { z } from "zod";

// Building blocks for every schema that reads text, dates or ids from outside. PostgreSQL refuses
// a NUL byte in text (error 22021) and years outside its range (22008), and control characters in
// a name end up in CSV files and other people's screens: all are refused here, with a field message.

// C0 controls and DEL, except tab, line feed and carriage return, which are ordinary whitespace.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * One line of text (a name, an organisation), trimmed, between min and max characters. A line
 * break or tab (a wrapped spreadsheet cell) becomes a space; other control characters are refused.
 */
export function lineText(min: number, max: number, message: string) {
  return z
    .string({ message })
    .refine((value) => !CONTROLS.test(value), { message: "controlCharacters" })
    .transform((value) => value.replace(/[\t\r\n]+/g, " ").trim())
    .pipe(z.string().min(min, { message }).max(max, { message }));
}

/** Text that may span lines (a reflection note), trimmed, at most max characters. */
export function multilineText(max: number, message: string) {
  return z
    .string({ message })
    .refine((value) => !CONTROLS.test(value), { message: "controlCharacters" })
    .transform((value) => value.trim())
    .pipe(z.string().max(max, { message }));
}

// Cohort dates and due dates: a real calendar day (no 30 February) within years a course can use.
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

export const calendarDate = z
  .string({ message: "dateInvalid" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "dateInvalid" })
  .transform((value) => ({ value, date: new Date(`${value}T00:00:00Z`) }))
  .refine(({ value, date }) => !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value, {
    message: "dateInvalid",
  })
  .refine(({ date }) => date.getUTCFullYear() >= MIN_YEAR && date.getUTCFullYear() <= MAX_YEAR, {
    message: "dateOutOfRange",
  })
  .transform(({ date }) => date);

/** Ids the database generates (cuid), checked before any query sees them. */
export const recordId = z.string().regex(/^[a-z0-9]{20,32}$/);
