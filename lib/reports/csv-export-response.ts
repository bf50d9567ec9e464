import { refusalResponse } from "@/lib/http/error-response";
import { parseReportFilters, type ReportFilters } from "./filters";

/**
 * A report's CSV download: the page's filters from the URL, the file built by `build`, and the
 * expected refusals as their status. A filter that cannot be read is a 400, because dropping it
 * would silently widen the export to everyone.
 */
export async function csvExportResponse(
  request: Request,
  fileName: string,
  build: (filters: ReportFilters) => Promise<BodyInit>,
): Promise<Response> {
  const { filters, invalid } = parseReportFilters(Object.fromEntries(new URL(request.url).searchParams));
  if (invalid.length > 0) {
    return new Response(`Unknown report filter: ${invalid.join(", ")}. Go back to the report and choose again.`, {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  try {
    const body = await build(filters);
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
