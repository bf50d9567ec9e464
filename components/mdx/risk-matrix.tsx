"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { riskBand, type RiskBand } from "@/lib/content/risk";
import { useInterfaceText } from "@/components/ui/use-interface-text";
import { COURSE_TEXT, type TextAttributes } from "@/lib/content/course-language";

type Hazard = { id: string; description: string; principles: string[] };
type Props = { id: string; title: string; context: string[]; hazards: Hazard[]; toolkitHref?: string; /** The language of the exercise's text. */ textLanguage?: TextAttributes };

const LEVELS = [1, 2, 3, 4, 5] as const;
const BAND_STYLE: Record<RiskBand, string> = {
  low: "bg-emerald-100 text-emerald-900",
  medium: "bg-amber-100 text-amber-900",
  high: "bg-orange-200 text-orange-950",
  critical: "bg-red-200 text-red-950",
};

/**
 * Likelihood x severity, rated hazard by hazard, with the result in a table she can print. Without
 * JavaScript the same form and scale are there to use on paper.
 */
export function RiskMatrix({ id, title, context, hazards, toolkitHref, textLanguage = COURSE_TEXT }: Props) {
  const t = useTranslations("risk");
  const principle = useTranslations("scenario.principles");
  const ui = useInterfaceText();
  const [ratings, setRatings] = useState<Record<string, { likelihood?: number; severity?: number }>>({});
  const rate = (hazard: string, key: "likelihood" | "severity", value: number) =>
    setRatings((previous) => ({ ...previous, [hazard]: { ...previous[hazard], [key]: value } }));
  const headingId = `risk-${id}`;
  return (
    <section {...ui} aria-labelledby={headingId} className="not-prose my-8 rounded border border-slate-300 p-4 sm:p-6 print:border-0">
      <p className="text-sm font-medium uppercase tracking-wide text-slate-500">{t("label")}</p>
      <h2 {...textLanguage} id={headingId} className="text-xl font-semibold">
        {title}
      </h2>
      <p className="mt-1 text-sm text-slate-600">
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
      {context.map((paragraph, index) => (
        <p key={index} {...textLanguage} className="mt-3">
          {paragraph}
        </p>
      ))}
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium">{t("howToRate")}</summary>
        <p className="mt-2">{t("likelihoodScale")}</p>
        <p className="mt-2">{t("severityScale")}</p>
        <p className="mt-2">{t("bands")}</p>
      </details>
      <ol className="mt-4 space-y-4">
        {hazards.map((hazard) => {
          const rating = ratings[hazard.id] ?? {};
          const score = rating.likelihood && rating.severity ? rating.likelihood * rating.severity : undefined;
          const band = score ? riskBand(score) : undefined;
          return (
            <li key={hazard.id} className="rounded border border-slate-200 p-3">
              <p {...textLanguage} className="font-medium">
                {hazard.description}
              </p>
              {hazard.principles.length > 0 && (
                <p className="mt-1 text-sm text-slate-600">
                  {t("principles", { list: hazard.principles.map((id) => (principle.has(id) ? principle(id) : id)).join(", ") })}
                </p>
              )}
              <div className="mt-2 flex flex-wrap gap-4">
                {(["likelihood", "severity"] as const).map((key) => (
                  <label key={key} className="flex items-center gap-2 text-sm">
                    {t(key)}
                    <select
                      value={rating[key] ?? ""}
                      onChange={(event) => rate(hazard.id, key, Number(event.target.value))}
                      className="rounded border border-slate-400 px-2 py-1"
                    >
                      <option value="">–</option>
                      {LEVELS.map((level) => (
                        <option key={level} value={level}>
                          {level}
                        </option>
                      ))}
                    </select>
                  </label>
                ))}
                <output aria-live="polite" className={`rounded px-2 py-1 text-sm font-medium ${band ? BAND_STYLE[band] : ""}`}>
                  {score && band ? t("score", { score, band: t(`band.${band}`) }) : t("notRated")}
                </output>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => window.print()} className="no-print mt-4 rounded bg-brand-600 px-4 py-2 text-white">
        {t("print")}
      </button>
    </section>
  );
}
