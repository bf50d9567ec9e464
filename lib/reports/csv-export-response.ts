import { refusalResponse } from "@/lib/http/error-response";
import { parseReportFilters, type ReportFilters } from "./filters";

/** The 400 of a download whose address holds a value the page never offers. */
export const csvBadRequest = (message: string) => new Response(message, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * A CSV download named `<fileName>-<day>.csv`, its body built by `build`, with the expected refusals
 * (signed out, not allowed) as their status.
 */
export async function csvFileResponse(fileName: string, build: () => Promise<BodyInit>): Promise<Response> {
  try {
    const body = await build();
    const day = new Date().toISOString().slice(0, 10);
    return new Response(body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${fileName}-${day}.csv"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return refusalResponse(error);
  }
}

/**
 * A report's CSV download: the page's filters from the URL, the file built by `build`. A filter
 * that cannot be read is a 400, because dropping it would silently widen the export to everyone.
 */
export async function csvExportResponse(
  request: Request,
  fileName: string,
  build: (filters: ReportFilters) => Promise<BodyInit>,
): Promise<Response> {
  const { filters, invalid } = parseReportFilters(Object.fromEntries(new URL(request.url).searchParams));
  if (invalid.length > 0) return csvBadRequest(`Unknown report filter: ${invalid.join(", ")}. Go back to the report and choose again.`);
  return csvFileResponse(fileName, () => build(filters));
}

