import { getTranslations } from "next-intl/server";
import { csvBadRequest, csvFileResponse } from "@/lib/reports/csv-export-response";
import { exportTranslationReportsCsv } from "@/lib/translation-reports/list-reports";
import { reportLanguageSchema } from "@/lib/translation-reports/schemas";

const COLUMNS = ["date", "language", "module", "lesson", "lessonTitle", "version", "passage", "comment"] as const;

/** GET /reports/translations/export?language=…: the reported translation problems as CSV for the translators. */
export async function GET(request: Request): Promise<Response> {
  const language = reportLanguageSchema.safeParse(new URL(request.url).searchParams.get("language") || undefined);
  if (!language.success) return csvBadRequest("Unknown language. Go back to the list and choose again.");
  return csvFileResponse(`translation-problems-${language.data ?? "all"}`, async () => {
    const t = await getTranslations("translationReports.csv");
    return exportTranslationReportsCsv(language.data, COLUMNS.map((column) => t(column)));
  });
}
