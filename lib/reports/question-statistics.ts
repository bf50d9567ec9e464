import { requirePermission } from "@/lib/auth/current-user";
import { getCourse } from "@/lib/content/course";
import type { TextOrigin } from "@/lib/content/translations";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { FINAL_CHECK } from "@/lib/progress/constants";
import type { ReportFilters } from "./filters";
import { inRange } from "./report-sql";
import { MIN_GROUP } from "./learning-gain-report";

// Quiz statistics for authors, as Moodle's give them, over every submitted final-check attempt:
// - facility: the share of answers that were right;
// - discrimination: the correlation between getting this question right and the score on the rest
//   of the attempt (point-biserial, item excluded); near 0 the question does not separate strong
//   from weak attempts, below 0 strong attempts miss it more than weak ones;
// - how often each option was chosen.

/** Fewer answers than this and a question is not flagged: the figures are still noise. */
export const MIN_ANSWERS_TO_FLAG = 20;
export const FLAG_LIMITS = { easy: 0.95, hard: 0.25, discrimination: 0 } as const;

export type QuestionFlag = "easy" | "hard" | "reversed";

export type QuestionStatistics = {
  moduleSlug: string;
  questionId: string;
  prompt: string;
  /** The language of the prompt and options: the viewer's where the final check is translated. */
  text: TextOrigin;
  /** Answers counted, and how many members gave them. */
  answers: number;
  members: number;
  /** Null when fewer than MIN_GROUP members answered: the figures could point at one of them. */
  facility: number | null;
  discrimination: number | null;
  options: { id: string; text: string; correct: boolean; share: number | null }[];
  flags: QuestionFlag[];
};

export type ModuleStatistics = { moduleSlug: string; title: string; text: TextOrigin; principle: string; facility: number | null; questions: QuestionStatistics[] };

type Raw = { module: string; question: string; answers: number; members: number; facility: number | null; discrimination: number | null };
type RawOption = { module: string; question: string; option: string; chosen: number };

function flagsOf(stats: Pick<QuestionStatistics, "answers" | "facility" | "discrimination">): QuestionFlag[] {
  if (stats.answers < MIN_ANSWERS_TO_FLAG || stats.facility === null) return [];
  const flags: QuestionFlag[] = [];
  if (stats.facility > FLAG_LIMITS.easy) flags.push("easy");
  if (stats.facility < FLAG_LIMITS.hard) flags.push("hard");
  if (stats.discrimination !== null && stats.discrimination < FLAG_LIMITS.discrimination) flags.push("reversed");
  return flags;
}

/**
 * Per module (hardest first) and per question, with the report's country, cohort, sector and dates;
 * titles, prompts and options in `locale` where translated (answers are counted by ids).
 */
export async function getQuestionStatistics(filters: ReportFilters, locale = "en"): Promise<ModuleStatistics[]> {
  await requirePermission("reports:read");
  const course = await getCourse(locale);
  const right = course.modules.flatMap((module) =>
    (module.checks[FINAL_CHECK]?.questions ?? []).map((question) => Prisma.sql`(${module.slug}, ${question.id}, ${question.options.find((o) => o.correct)!.id})`),
  );
  if (right.length === 0) return [];
  const members: Prisma.Sql[] = [];
  if (filters.country) members.push(Prisma.sql`c."countryCode" = ${filters.country}`);
  if (filters.cohort) members.push(Prisma.sql`c.id = ${filters.cohort}`);
  if (filters.sector) members.push(Prisma.sql`u.sector::text = ${filters.sector}`);
  const inPopulation = members.length
    ? Prisma.sql`AND a."userId" IN (SELECT cm."userId" FROM "CohortMember" cm JOIN "Cohort" c ON c.id = cm."cohortId" JOIN "User" u ON u.id = cm."userId" WHERE ${Prisma.join(members, " AND ")})`
    : Prisma.empty;
  const items = Prisma.sql`
    keyed(module, question, right_option) AS (VALUES ${Prisma.join(right)}),
    items AS (
      SELECT a."userId" AS user_id, a."moduleSlug" AS module, e.key AS question, e.value #>> '{}' AS option,
             ((e.value #>> '{}') = k.right_option)::int AS is_right, a."correctCount" AS correct, a."questionCount" AS total
      FROM "CheckAttempt" a
      CROSS JOIN LATERAL jsonb_each(a.answers) e
      JOIN keyed k ON k.module = a."moduleSlug" AND k.question = e.key
      WHERE a."checkId" = ${FINAL_CHECK} AND jsonb_typeof(e.value) = 'string'
        AND ${inRange(Prisma.sql`a."createdAt"`, filters)} ${inPopulation}
    )`;
  const prisma = await db();
  const [rows, options] = await Promise.all([
    prisma.$queryRaw<Raw[]>`
      WITH ${items}
      SELECT module, question, COUNT(*)::int AS answers, COUNT(DISTINCT user_id)::int AS members,
             AVG(is_right)::float8 AS facility,
             corr(is_right, (correct - is_right)::float8 / NULLIF(total - 1, 0))::float8 AS discrimination
      FROM items GROUP BY module, question`,
    prisma.$queryRaw<RawOption[]>`
      WITH ${items}
      SELECT module, question, option, COUNT(*)::int AS chosen FROM items GROUP BY module, question, option`,
  ]);
  const rowOf = new Map(rows.map((row) => [`${row.module}/${row.question}`, row]));
  const chosenOf = new Map(options.map((row) => [`${row.module}/${row.question}/${row.option}`, row.chosen]));

  const result = course.modules.map((module): ModuleStatistics => {
    const questions = (module.checks[FINAL_CHECK]?.questions ?? []).map((question): QuestionStatistics => {
      const raw = rowOf.get(`${module.slug}/${question.id}`);
      const answers = raw?.answers ?? 0;
      const shown = raw !== undefined && raw.members >= MIN_GROUP;
      const stats = {
        moduleSlug: module.slug,
        questionId: question.id,
        prompt: question.prompt,
        text: module.checks[FINAL_CHECK]!.text,
        answers,
        members: raw?.members ?? 0,
        facility: shown ? raw.facility : null,
        discrimination: shown ? raw.discrimination : null,
        options: question.options.map((option) => ({
          id: option.id,
          text: option.text,
          correct: option.correct === true,
          share: shown ? (chosenOf.get(`${module.slug}/${question.id}/${option.id}`) ?? 0) / answers : null,
        })),
      };
      return { ...stats, flags: flagsOf(stats) };
    });
    const shownFacilities = questions.filter((q) => q.facility !== null);
    const answered = shownFacilities.reduce((sum, q) => sum + q.answers, 0);
    return {
      moduleSlug: module.slug,
      title: module.frontmatter.title,
      text: module.text,
      principle: module.frontmatter.principle,
      facility: answered > 0 ? shownFacilities.reduce((sum, q) => sum + q.facility! * q.answers, 0) / answered : null,
      questions,
    };
  });
  // The coordinator's first question: where do members struggle? Hardest modules first.
  return result.sort((a, b) => (a.facility ?? 2) - (b.facility ?? 2));
}
