import { useFormatter, useTranslations } from "next-intl";
import { riskBand } from "@/lib/content/risk";
import type { MemoLanguage } from "@/lib/content/memo-rubric";
import type { MemoRubric, RiskExercise } from "@/lib/content/schemas";
import type { MemoVersionView } from "@/lib/memos/get-my-memo";

type Props = { version: MemoVersionView; rubric: MemoRubric; hazards: RiskExercise["hazards"]; language: MemoLanguage; headingLevel?: "h2" | "h3" };

/** One submitted version as written, then its mark if it has one. Her text keeps its own direction. */
export function MemoVersionView({ version, rubric, hazards, language, headingLevel: Heading = "h3" }: Props) {
  const t = useTranslations("memo");
  const tp = useTranslations("scenario.principles");
  const tr = useTranslations("risk");
  const format = useFormatter();
  const { content, mark } = version;
  const hazardText = new Map(hazards.map((hazard) => [hazard.id, hazard.description]));
  const section = (title: string) => (
    <h4 {...language.brief} className="mt-4 font-semibold">
      {title}
    </h4>
  );
  return (
    <article className="rounded border border-slate-200 p-4">
      <Heading className="text-lg font-semibold">{t("version", { number: version.number })}</Heading>
      <p className="text-sm text-slate-600">
        {t("versionMeta", { date: format.dateTime(version.submittedAt, { dateStyle: "medium" }), words: version.wordCount })}
      </p>
      {section(rubric.sections.system.title)}
      <p dir="auto" className="whitespace-pre-line">{content.system}</p>
      {section(rubric.sections.principles.title)}
      <ul className="list-disc space-y-1 ps-6">
        {content.principles.map((principle) => (
          <li key={principle.id}>
            <span className="font-medium first-letter:uppercase">{tp(principle.id)}</span>:{" "}
            <span dir="auto" className="whitespace-pre-line">{principle.why}</span>
          </li>
        ))}
      </ul>
      {section(rubric.sections.risks.title)}
      <ol className="list-decimal space-y-2 ps-6">
        {content.risks.map((risk, index) => {
          const score = (risk.likelihood ?? 0) * (risk.severity ?? 0);
          return (
            <li key={index}>
              <p {...language.hazards}>{hazardText.get(risk.hazardId ?? "") ?? risk.hazardId}</p>
              <p className="text-sm">
                {t("rating", { likelihood: risk.likelihood ?? "–", severity: risk.severity ?? "–" })}
                {score > 0 && <> · {tr("score", { score, band: tr(`band.${riskBand(score)}`) })}</>}
              </p>
              <p>
                <span className="font-medium">{t("mitigation")}:</span> <span dir="auto" className="whitespace-pre-line">{risk.mitigation}</span>
              </p>
            </li>
          );
        })}
      </ol>
      {section(rubric.sections.recommendation.title)}
      <p dir="auto" className="whitespace-pre-line">{content.recommendation}</p>
      <div className="mt-4 border-t border-slate-200 pt-3">
        {mark ? (
          <>
            <p className={`font-semibold ${mark.decision === "ACCEPTED" ? "text-emerald-800" : "text-amber-800"}`}>{t(`decision.${mark.decision}`)}</p>
            <p className="text-sm text-slate-600">{t("markedBy", { name: mark.reviewerName, date: format.dateTime(mark.createdAt, { dateStyle: "medium" }) })}</p>
            <dl {...language.brief} className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              {rubric.criteria.map((criterion) => (
                <div key={criterion.id} className="contents">
                  <dt className="font-medium">{criterion.title}</dt>
                  <dd>{rubric.levels.find((level) => level.id === mark.levels[criterion.id])?.title ?? "–"}</dd>
                </div>
              ))}
            </dl>
            <p className="mt-2 font-medium">{t("comments")}</p>
            <p dir="auto" className="whitespace-pre-line">{mark.comments || t("noComments")}</p>
          </>
        ) : (
          <p className="text-sm text-slate-600">{t("notMarked")}</p>
        )}
      </div>
    </article>
  );
}
