import { getTranslations } from "next-intl/server";
import { refusalResponse } from "@/lib/http/error-response";
import { exportTranslationReportsCsv } from "@/lib/translation-reports/list-reports";
import { reportLanguageSchema } from "@/lib/translation-reports/schemas";

const COLUMNS = ["date", "language", "module", "lesson", "lessonTitle", "version", "passage", "comment"] as const;

/** GET /reports/translations/export?language=…: the reported translation problems as CSV for the translators. */
export async function GET(request: Request): Promise<Response> {
  const language = reportLanguageSchema.safeParse(new URL(request.url).searchParams.get("language") || undefined);
  if (!language.success) {
    return new Response("Unknown language. Go back to the list and choose again.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  try {
    const t = await getTranslations("translationReports.csv");
    const body = await exportTranslationReportsCsv(language.data, COLUMNS.map((column) => t(column)));
    const day = new Date().toISOString().slice(0, 10);
    return new Response(body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="translation-problems-${language.data ?? "all"}-${day}.csv"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return refusalResponse(error);
  }
}
