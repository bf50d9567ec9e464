import { requirePermission } from "@/lib/auth/current-user";
import { getCourse } from "@/lib/content/course";
import { db } from "@/lib/db/client";
import { CSV_BOM, csvLine } from "@/lib/reports/csv";

// The page shows the newest; the export gives the translators every report of the language.
const PAGE_SIZE = 200;

export type TranslationReportRow = {
  id: string;
  createdAt: Date;
  locale: string;
  moduleSlug: string;
  lessonSlug: string;
  /** The lesson's English title, the same for every translator; the slug when the lesson is gone. */
  lesson: string;
  contentHash: string;
  passage: string;
  comment: string;
};

async function readReports(locale: string | undefined, take?: number): Promise<TranslationReportRow[]> {
  const [rows, course] = await Promise.all([
    (await db()).translationReport.findMany({ where: locale ? { locale } : {}, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take }),
    getCourse(),
  ]);
  const titles = new Map(course.modules.flatMap((module) => module.lessons.map((lesson) => [`${module.slug}/${lesson.slug}`, lesson.frontmatter.title])));
  return rows.map((row) => ({ ...row, lesson: titles.get(`${row.moduleSlug}/${row.lessonSlug}`) ?? `${row.moduleSlug}/${row.lessonSlug}` }));
}

/** For coordinators and admins: the reported translation problems, newest first, and how many there are. */
export async function listTranslationReports(locale?: string): Promise<{ rows: TranslationReportRow[]; total: number }> {
  await requirePermission("reports:read");
  const [rows, total] = await Promise.all([readReports(locale, PAGE_SIZE), (await db()).translationReport.count({ where: locale ? { locale } : {} })]);
  return { rows, total };
}

/** Every report (of one language, or all) as CSV for the translators; the export is audited like the others. */
export async function exportTranslationReportsCsv(locale: string | undefined, header: string[]): Promise<string> {
  const user = await requirePermission("reports:read");
  const rows = await readReports(locale);
  await (await db()).auditEntry.create({ data: { actorId: user.id, action: "report.export-translation-problems", details: { locale: locale ?? "all" } } });
  return [
    CSV_BOM,
    csvLine(header),
    ...rows.map((row) => csvLine([row.createdAt, row.locale, row.moduleSlug, row.lessonSlug, row.lesson, row.contentHash, row.passage, row.comment])),
  ].join("");
}
