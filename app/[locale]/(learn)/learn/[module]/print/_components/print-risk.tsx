import { getTranslations } from "next-intl/server";
import { textAttributes } from "@/lib/content/course-language";
import type { TextOrigin } from "@/lib/content/translations";
import { paragraphs } from "@/lib/content/paragraphs";
import type { RiskExercise } from "@/lib/content/schemas";
import { interfaceText } from "./interface-text";

// The empty rating cells are for writing on paper; on a phone's screen they would squeeze each
// hazard into a narrow column, so below the sm width they show only in print.
const PAPER_CELL = "max-sm:hidden print:table-cell";

/** A risk exercise on paper: the context, the rating scales, and the hazards in a table with empty cells to fill in. */
export async function PrintRisk({ id, exercise, toolkitHref }: { id: string; exercise: RiskExercise & { text: TextOrigin }; toolkitHref?: string }) {
  const own = textAttributes(exercise.text);
  const t = await getTranslations("risk");
  const p = await getTranslations("print");
  const principle = await getTranslations("scenario.principles");
  const headingId = `risk-${id}`;
  return (
    <section {...await interfaceText()} aria-labelledby={headingId} className="not-prose my-8 rounded border border-slate-300 p-3 sm:p-5">
      <div className="break-inside-avoid">
        <p className="text-sm font-medium uppercase tracking-wide text-slate-600">{t("label")}</p>
        <h3 {...own} id={headingId} className="text-lg font-semibold">
          {exercise.title}
        </h3>
        <p className="mt-1 text-sm">
          {t("disclaimer")}
          {toolkitHref && (
            <>
              {" "}
              <a href={toolkitHref} className="underline">
                {t("findToolkit")}
              </a>
            </>
          )}
        </p>
      </div>
      {paragraphs(exercise.context).map((paragraph, index) => (
        <p key={index} {...own} className="mt-3">
          {paragraph}
        </p>
      ))}
      <div className="mt-3 space-y-1 text-sm">
        <p>{t("likelihoodScale")}</p>
        <p>{t("severityScale")}</p>
        <p>{t("bands")}</p>
        <p className="font-medium max-sm:hidden print:block">{p("rateOnPaper")}</p>
      </div>
      {/* .risk-template (globals.css) draws the ruled cells the job aid's blank template uses. */}
      <table aria-labelledby={headingId} className="risk-template mt-4 w-full table-fixed border-collapse text-sm">
        <thead>
          <tr>
            <th scope="col" className="text-start">
              {p("hazard")}
            </th>
            <th scope="col" className={`w-24 ${PAPER_CELL}`}>
              {t("likelihood")}
            </th>
            <th scope="col" className={`w-24 ${PAPER_CELL}`}>
              {t("severity")}
            </th>
            <th scope="col" className={`w-20 ${PAPER_CELL}`}>
              {p("score")}
            </th>
          </tr>
        </thead>
        <tbody>
          {exercise.hazards.map((hazard, index) => (
            <tr key={hazard.id}>
              <td className="p-1.5 align-top">
                <span {...own} className="block">
                  {index + 1}. {hazard.description}
                </span>
                {hazard.principles && (
                  <span className="mt-1 block text-xs text-slate-600">
                    {t("principles", { list: hazard.principles.map((id) => (principle.has(id) ? principle(id) : id)).join(", ") })}
                  </span>
                )}
              </td>
              <td className={PAPER_CELL} />
              <td className={PAPER_CELL} />
              <td className={PAPER_CELL} />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
