import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReportRow } from "@/lib/reports/completion-report";

type Props = { caption: string; firstColumn: string; rows: ReportRow[]; hrefFor?: (row: ReportRow) => string };

export async function ReportTable({ caption, firstColumn, rows, hrefFor }: Props) {
  const t = await getTranslations("reports");
  const percent = (value: number | null) => (value === null ? "–" : `${Math.round(value * 100)}%`);
  const number = (value: number | null, digits = 0) => (value === null ? "–" : value.toFixed(digits));
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-max text-sm">
        <caption className="mb-2 text-start font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b">
            <th scope="col" className="py-2 pe-3 text-start">{firstColumn}</th>
            {["enrolled", "started", "completed", "rate", "overdue", "medianDays", "averageScore"].map((key) => (
              <th key={key} scope="col" className="py-2 pe-3 text-end">{t(`column.${key}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-slate-100">
              <th scope="row" className="py-2 pe-3 text-start font-normal">
                {hrefFor ? <Link href={hrefFor(row)} className="underline">{row.label}</Link> : row.label}
              </th>
              <td className="py-2 pe-3 text-end tabular-nums">{row.enrolled}</td>
              <td className="py-2 pe-3 text-end tabular-nums">{row.started}</td>
              <td className="py-2 pe-3 text-end tabular-nums">{row.completed}</td>
              <td className="py-2 pe-3 text-end tabular-nums">{percent(row.completionRate)}</td>
              <td className="py-2 pe-3 text-end tabular-nums">{row.overdue}</td>
              <td className="py-2 pe-3 text-end tabular-nums">{number(row.medianDaysToComplete, 1)}</td>
              <td className="py-2 text-end tabular-nums">{row.averageScore === null ? "–" : `${number(row.averageScore)}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
