import { RISK_BANDS, type RiskGridFigure } from "@/lib/content/figures";
import { riskBand, type RiskBand } from "@/lib/content/risk";
import { captionId, ForwardArrow, ScrollRegion } from "./frame";

const LEVELS = [1, 2, 3, 4, 5] as const;
/** Each band has its own colour, and also its name in the cell and a heavier weight as it rises. */
const BAND_STYLE: Record<RiskBand, string> = {
  low: "bg-emerald-100 text-emerald-950 font-normal",
  medium: "bg-amber-100 text-amber-950 font-medium",
  high: "bg-orange-200 text-orange-950 font-semibold",
  critical: "bg-red-200 text-red-950 font-bold",
};
const RANGES: Record<RiskBand, string> = { low: "1–4", medium: "5–9", high: "10–14", critical: "15–25" };
const th = "border border-slate-400 bg-slate-100 p-1 font-semibold";

/** Likelihood (rows, highest first) by severity (columns): each cell's score and band. */
export function RiskGrid({ id, figure, lang }: { id: string; figure: RiskGridFigure; lang: string }) {
  const number = new Intl.NumberFormat(lang);
  return (
    <>
      <ScrollRegion label={figure.caption}>
        <table aria-labelledby={captionId(id)} className="w-full min-w-72 table-fixed border-collapse text-center text-xs sm:text-sm">
          <thead>
            <tr>
              <td className="w-14 sm:w-24" />
              <th scope="colgroup" colSpan={5} className={th}>
                <span className="inline-flex items-center gap-1">
                  {figure.severity} <ForwardArrow />
                </span>
              </th>
            </tr>
            <tr>
              <th scope="col" className={`${th} text-start`}>
                {figure.likelihood} <span aria-hidden="true">↑</span>
              </th>
              {LEVELS.map((severity) => (
                <th key={severity} scope="col" className={th}>
                  <span className="sr-only">{figure.severity} </span>
                  {number.format(severity)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...LEVELS].reverse().map((likelihood) => (
              <tr key={likelihood}>
                <th scope="row" className={th}>
                  <span className="sr-only">{figure.likelihood} </span>
                  {number.format(likelihood)}
                </th>
                {LEVELS.map((severity) => {
                  const score = likelihood * severity;
                  const band = riskBand(score);
                  return (
                    <td key={severity} className={`border border-slate-500 px-0.5 py-1 ${BAND_STYLE[band]}`}>
                      <span className="block text-sm sm:text-base">{number.format(score)}</span>
                      <span className="block break-words text-[0.6875rem] leading-tight sm:text-xs">{figure.bands[band]}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm">
        <span className="font-medium">{figure.legendTitle}</span>
        {RISK_BANDS.map((band) => (
          <span key={band} className={`rounded px-1.5 ${BAND_STYLE[band]}`}>
            {figure.bands[band]} <bdi dir="ltr">{RANGES[band]}</bdi>
          </span>
        ))}
      </p>
    </>
  );
}
