import type { ConfusionMatrixFigure } from "@/lib/content/figures";
import { captionId, ScrollRegion } from "./frame";

const th = "border border-slate-400 bg-slate-100 p-2 font-semibold";
const right = "border border-slate-400 bg-white p-2";
const wrong = "border-2 border-dashed border-slate-700 bg-amber-50 p-2";

/** What the tool said against what was true: a real table with the four results and the totals. */
export function ConfusionMatrix({ id, figure, lang }: { id: string; figure: ConfusionMatrixFigure; lang: string }) {
  const number = new Intl.NumberFormat(lang);
  const { truePositive: tp, falsePositive: fp, falseNegative: fn, trueNegative: tn } = figure.cells;
  const result = (cell: { label: string; count: number }, className: string) => (
    <td className={className}>
      <span className="block text-xs">{cell.label}</span>
      <span className="block text-lg font-bold">{number.format(cell.count)}</span>
    </td>
  );
  const total = (count: number) => <td className="border border-slate-400 p-2 text-slate-800">{number.format(count)}</td>;
  return (
    <>
      <ScrollRegion label={figure.caption}>
        <table aria-labelledby={captionId(id)} className="w-full min-w-72 border-collapse text-start text-sm">
          <thead>
            <tr>
              <th scope="col" rowSpan={2} className={`${th} text-start align-bottom`}>
                {figure.said.heading}
              </th>
              <th scope="colgroup" colSpan={2} className={th}>
                {figure.truth.heading}
              </th>
              <th scope="col" rowSpan={2} className={`${th} align-bottom`}>
                {figure.totalLabel}
              </th>
            </tr>
            <tr>
              <th scope="col" className={th}>
                {figure.truth.linked}
              </th>
              <th scope="col" className={th}>
                {figure.truth.genuine}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row" className={`${th} text-start`}>
                {figure.said.flagged}
              </th>
              {result(tp, right)}
              {result(fp, wrong)}
              {total(tp.count + fp.count)}
            </tr>
            <tr>
              <th scope="row" className={`${th} text-start`}>
                {figure.said.notFlagged}
              </th>
              {result(fn, wrong)}
              {result(tn, right)}
              {total(fn.count + tn.count)}
            </tr>
            <tr>
              <th scope="row" className={`${th} text-start`}>
                {figure.totalLabel}
              </th>
              {total(tp.count + fn.count)}
              {total(fp.count + tn.count)}
              {total(tp.count + fp.count + fn.count + tn.count)}
            </tr>
          </tbody>
        </table>
      </ScrollRegion>
      <p className="mt-2 text-sm italic text-slate-700">{figure.note}</p>
    </>
  );
}
