import { z } from "zod";
import { cohortIdSchema, optionalDate } from "@/lib/cohorts/schemas";
import { COUNTRY_CODES } from "@/lib/countries";
import { SECTORS } from "@/lib/invitations/schemas";

// Report filters come from the URL, so a link can be shared and the CSV download uses the same
// ones. Each is parsed on its own: a bad one is dropped and named on the page, the rest still apply.
const fields = {
  country: z.enum(COUNTRY_CODES),
  cohort: cohortIdSchema,
  module: z.string().regex(/^[a-z0-9-]+$/).max(60),
  sector: z.enum(SECTORS),
  from: optionalDate,
  to: optionalDate,
};

export type ReportFilters = {
  country?: z.infer<typeof fields.country>;
  cohort?: string;
  module?: string;
  sector?: z.infer<typeof fields.sector>;
  from?: Date;
  to?: Date;
};

export function parseReportFilters(params: Record<string, string | string[] | undefined>): { filters: ReportFilters; invalid: string[] } {
  const filters: Record<string, unknown> = {};
  const invalid: string[] = [];
  for (const [name, schema] of Object.entries(fields)) {
    const raw = params[name];
    if (raw === undefined || raw === "") continue;
    const parsed = schema.safeParse(Array.isArray(raw) ? raw[0] : raw);
    if (parsed.success && parsed.data !== undefined) filters[name] = parsed.data;
    else invalid.push(name);
  }
  const result = filters as ReportFilters;
  if (result.from && result.to && result.to < result.from) {
    invalid.push("to");
    delete result.to;
  }
  return { filters: result, invalid };
}

/** The filters as URL parameters again, for links and the CSV download. */
export function filtersToQuery(filters: ReportFilters): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value !== undefined) params.set(name, value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
  }
  return params.toString();
}
