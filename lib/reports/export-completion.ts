import { requirePermission } from "@/lib/auth/current-user";
import { getCourse } from "@/lib/content/course";
import { db } from "@/lib/db/client";
import type { MemoStatus } from "@/lib/generated/prisma/enums";
import type { ReportFilters } from "./filters";
import { CSV_BOM, csvLine, type CsvValue } from "./csv";
import { factsCte, type PairCursor } from "./report-sql";

const PAGE = 5000;

export type ExportLabels = {
  /** The viewer's language: headers and statuses come in it, and module titles where translated. */
  locale: string;
  header: string[];
  status: { "not-started": string; "in-progress": string; completed: string };
  /** Where her capstone memo stands (a state only: a report never carries memo text). */
  memo: Record<MemoStatus | "none", string>;
};

type Fact = {
  cohort_id: string;
  user_id: string;
  module: string;
  country: string;
  cohort_name: string;
  member_name: string;
  sector: string | null;
  due_on: Date | null;
  started_at: Date | null;
  lessons_done: number;
  completed_at: Date | null;
  best_score: number | null;
  memo_status: MemoStatus | null;
};

/**
 * The member-level report as a CSV stream: one row per member, cohort and assigned module, read
 * 5,000 rows at a time in key order, so memory stays flat whatever the network's size. The export
 * is written to the audit log (who, when, which filters) before the first row leaves, so an export
 * cut off midway is still recorded; the row count is added when the stream ends.
 */
export async function exportCompletionCsv(filters: ReportFilters, labels: ExportLabels, now = new Date()): Promise<ReadableStream<Uint8Array>> {
  const user = await requirePermission("reports:read");
  const prisma = await db();
  const course = await getCourse(labels.locale);
  const title = new Map(course.modules.map((m) => [m.slug, m.frontmatter.title]));
  const lessonsTotal = new Map(course.modules.map((m) => [m.slug, m.lessons.length]));
  const today = now.toISOString().slice(0, 10);
  const audit = await prisma.auditEntry.create({
    data: { actorId: user.id, action: "report.exported", details: { filters: JSON.parse(JSON.stringify(filters)), rows: null } },
    select: { id: true, details: true },
  });
  const encoder = new TextEncoder();
  let after: PairCursor | undefined;
  let rows = 0;
  let finished = false;

  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvLine(labels.header)));
    },
    async pull(controller) {
      if (finished) return;
      const page = await prisma.$queryRaw<Fact[]>`
        WITH ${factsCte(filters, { after, limit: PAGE })}
        SELECT f.cohort_id, f.user_id, f.module, f.country, c.name AS cohort_name, u."displayName" AS member_name, u.sector::text AS sector,
               f.due_on, f.started_at, f.lessons_done, f.completed_at, f.best_score, rm.status AS memo_status
        FROM facts f JOIN "Cohort" c ON c.id = f.cohort_id JOIN "User" u ON u.id = f.user_id
        LEFT JOIN "RiskMemo" rm ON rm."userId" = f.user_id
        ORDER BY f.cohort_id, f.user_id, f.module`;
      const text = page
        .map((fact) => {
          const status = fact.completed_at ? "completed" : fact.started_at || fact.best_score !== null ? "in-progress" : "not-started";
          const overdue = !fact.completed_at && fact.due_on !== null && fact.due_on.toISOString().slice(0, 10) < today;
          const cells: CsvValue[] = [
            fact.country,
            fact.cohort_name,
            fact.member_name,
            fact.sector,
            title.get(fact.module) ?? fact.module,
            labels.status[status],
            `${fact.lessons_done}/${lessonsTotal.get(fact.module) ?? "?"}`,
            fact.started_at,
            fact.completed_at,
            fact.best_score,
            fact.due_on,
            overdue ? "1" : "0",
            labels.memo[fact.memo_status ?? "none"],
          ];
          return csvLine(cells);
        })
        .join("");
      if (text) controller.enqueue(encoder.encode(text));
      rows += page.length;
      const last = page.at(-1);
      if (page.length < PAGE || !last) {
        finished = true;
        await prisma.auditEntry.update({
          where: { id: audit.id },
          data: { details: { ...(audit.details as Record<string, unknown>), rows } },
        });
        controller.close();
        return;
      }
      after = { cohortId: last.cohort_id, userId: last.user_id, module: last.module };
    },
  });
}
