import { COHORT_LANGUAGES } from "./schemas";
import { emailSchema } from "@/lib/auth/schemas";
import { SECTORS } from "@/lib/invitations/schemas";
import { lineText } from "@/lib/validation";

// Error codes are keys of the "validation" message catalog (see lib/invitations/schemas.ts).
// The whole file is checked and every error returned, so a trainer fixes her file in one round.

/** English, Arabic, Dari, Pashto, Urdu, Russian, Tajik, Uzbek, Kazakh, Kyrgyz. */
// A member may prefer any language the cohorts are run in.
export const PREFERRED_LANGUAGES = COHORT_LANGUAGES;
export type PreferredLanguage = (typeof PREFERRED_LANGUAGES)[number];
export type Sector = (typeof SECTORS)[number];
export const MAX_ROSTER_ROWS = 5000;

/**
 * `line` is the 1-based line a person sees in a spreadsheet, the header being line 1. A quoted
 * field that spans lines still counts as one line: spreadsheets show that record as one row.
 */
export type RosterRow = {
  line: number;
  email: string;
  displayName: string;
  sector?: Sector;
  organisation?: string;
  preferredLanguage?: PreferredLanguage;
};
/** `column` is the heading as written in the file, so she finds it in her spreadsheet. */
export type RosterError = { line: number; column?: string; code: string; value?: string };
export type RosterResult = { ok: true; rows: RosterRow[] } | { ok: false; errors: RosterError[] };

type Field = "email" | "displayName" | "sector" | "organisation" | "preferredLanguage";

// Maps, not object literals: a heading such as "constructor" must not find Object.prototype.
const HEADINGS = new Map<string, Field>([
  ["email", "email"], // also "e-mail" and "E_Mail", once spaces, underscores and hyphens go
  ["emailaddress", "email"],
  ["displayname", "displayName"],
  ["name", "displayName"],
  ["pseudonym", "displayName"],
  ["sector", "sector"],
  ["organisation", "organisation"],
  ["organization", "organisation"],
  ["org", "organisation"],
  ["preferredlanguage", "preferredLanguage"],
  ["language", "preferredLanguage"],
  ["lang", "preferredLanguage"],
]);
const REQUIRED: [Field, string][] = [
  ["email", "email"],
  ["displayName", "display name"],
];
const SECTOR_NAMES = new Map<string, Sector>(SECTORS.map((sector) => [sector, sector]));

const headingKey = (heading: string) => heading.trim().toLowerCase().replace(/[\s_-]+/g, "");
const sectorKey = (text: string) =>
  text.trim().toUpperCase().replace(/[\s_-]+/g, "_").replace(/ORGANIZATION$/, "ORGANISATION");
const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === "");

// "fa-AF" or "uz-Latn": the language is the first subtag. "prs" is ISO 639-3 for Dari, kept here as "fa".
function languageOf(text: string): PreferredLanguage | undefined {
  const base = text.trim().toLowerCase().split(/[-_]/)[0];
  const code = base === "prs" ? "fa" : base;
  return PREFERRED_LANGUAGES.find((language) => language === code);
}

const displayNameSchema = lineText(2, 80, "displayNameLength");
const organisationSchema = lineText(0, 120, "organisationTooLong");

function readHeader(headings: string[], line: number) {
  const columns = new Map<Field, number>();
  const unnamed: number[] = [];
  const errors: RosterError[] = [];
  headings.forEach((heading, index) => {
    const key = headingKey(heading);
    // Spreadsheets keep empty headings over columns that were cleared; their cells are checked per row.
    if (key === "") return void unnamed.push(index);
    const field = HEADINGS.get(key);
    if (!field) errors.push({ line, code: "unknownColumn", value: heading.trim() });
    else if (columns.has(field)) errors.push({ line, code: "duplicateColumn", value: heading.trim() });
    else columns.set(field, index);
  });
  for (const [field, name] of REQUIRED) if (!columns.has(field)) errors.push({ line, code: "missingColumn", value: name });
  return { columns, unnamed, errors };
}

/** `alreadyInvited`: addresses with an open invitation to this cohort (resend those instead). */
export function validateRoster(table: string[][], alreadyInCohort: ReadonlySet<string>, alreadyInvited: ReadonlySet<string> = new Set()): RosterResult {
  const records = table.map((cells, index) => ({ cells, line: index + 1 })).filter(({ cells }) => !isBlank(cells));
  const [header, ...data] = records;
  if (!header || data.length === 0) return { ok: false, errors: [{ line: 0, code: "emptyFile" }] };
  if (data.length > MAX_ROSTER_ROWS) return { ok: false, errors: [{ line: data[MAX_ROSTER_ROWS]?.line ?? 0, code: "tooManyRows" }] };

  const { columns, unnamed, errors } = readHeader(header.cells, header.line);
  // With a wrong header every row would be read against the wrong columns: fix that first.
  if (errors.length > 0) return { ok: false, errors };

  const headingOf = (field: Field) => header.cells[columns.get(field) ?? -1]?.trim();
  const firstLineOf = new Map<string, number>();
  const rows: RosterRow[] = [];
  for (const { cells, line } of data) {
    if (cells.length !== header.cells.length) {
      errors.push({ line, code: "wrongFieldCount" });
      continue;
    }
    const cell = (field: Field) => cells[columns.get(field) ?? -1]?.trim() ?? "";
    const rowErrors: RosterError[] = [];
    const fail = (field: Field, code: string, value?: string) =>
      rowErrors.push({ line, column: headingOf(field), code, ...(value === undefined ? {} : { value }) });

    const email = emailSchema.safeParse(cell("email"));
    if (!email.success) fail("email", email.error.issues[0]?.message ?? "emailInvalid", cell("email"));
    else {
      const first = firstLineOf.get(email.data);
      if (first !== undefined) fail("email", "duplicateInFile", String(first));
      else {
        firstLineOf.set(email.data, line);
        if (alreadyInCohort.has(email.data)) fail("email", "alreadyInCohort", email.data);
        else if (alreadyInvited.has(email.data)) fail("email", "alreadyInvited", email.data);
      }
    }

    const displayName = displayNameSchema.safeParse(cell("displayName"));
    if (!displayName.success) fail("displayName", "displayNameLength");

    const sectorText = cell("sector");
    const sector = sectorText === "" ? undefined : SECTOR_NAMES.get(sectorKey(sectorText));
    if (sectorText !== "" && !sector) fail("sector", "unknownSector", sectorText);

    const organisation = organisationSchema.safeParse(cell("organisation"));
    if (!organisation.success) fail("organisation", "organisationTooLong");

    const languageText = cell("preferredLanguage");
    const preferredLanguage = languageText === "" ? undefined : languageOf(languageText);
    if (languageText !== "" && !preferredLanguage) fail("preferredLanguage", "unknownLanguage", languageText);

    // Unnamed columns usually trail the named ones, hence last.
    for (const index of unnamed) {
      const value = cells[index]?.trim() ?? "";
      if (value !== "") rowErrors.push({ line, code: "unnamedColumn", value });
    }
    if (rowErrors.length > 0 || !email.success || !displayName.success || !organisation.success) {
      errors.push(...rowErrors);
      continue;
    }
    rows.push({
      line,
      email: email.data,
      displayName: displayName.data,
      ...(sector ? { sector } : {}),
      ...(organisation.data ? { organisation: organisation.data } : {}),
      ...(preferredLanguage ? { preferredLanguage } : {}),
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}
