import { getTranslations } from "next-intl/server";
import { MIN_GROUP, type GainRow } from "@/lib/reports/learning-gain-report";

type Props = { caption: string; firstColumn: string; rows: (GainRow & { label: string })[] };

/** Groups under MIN_GROUP members say so instead of showing figures that could point at one person. */
export async function GainTable({ caption, firstColumn, rows }: Props) {
  const t = await getTranslations("reports.gain");
  const percent = (value: number | null) => (value === null ? "" : `${value}%`);
  return (
    <table className="w-full text-start">
      <caption className="mb-2 text-start text-lg font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="py-2 text-start">{firstColumn}</th>
          <th scope="col" className="py-2 text-end">{t("members")}</th>
          <th scope="col" className="py-2 text-end">{t("pre")}</th>
          <th scope="col" className="py-2 text-end">{t("post")}</th>
          <th scope="col" className="py-2 text-end">{t("gain")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key ?? "none"} className="border-b border-slate-200">
            <th scope="row" className="py-2 text-start font-normal">{row.label}</th>
            <td className="py-2 text-end">{row.n}</td>
            {row.n < MIN_GROUP ? (
              <td colSpan={3} className="py-2 text-end text-slate-600">{t("tooSmall", { min: MIN_GROUP })}</td>
            ) : (
              <>
                <td className="py-2 text-end">{percent(row.pre)}</td>
                <td className="py-2 text-end">{percent(row.post)}</td>
                <td className="py-2 text-end">{row.gain === null ? "" : t("points", { gain: row.gain })}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
