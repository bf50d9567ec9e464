import { useTranslations } from "next-intl";
import type { MemoCounts } from "@/lib/memos/memo-counts";

const STATES = ["DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"] as const;

/** Where capstone memos stand: numbers only, never what anyone wrote. */
export function MemoCountsTable({ counts }: { counts: MemoCounts }) {
  const t = useTranslations("reports.memos");
  return (
    <section className="space-y-2">
      <table className="w-full max-w-xl border-collapse text-sm" data-testid="memo-counts">
        <caption className="text-start text-xl font-semibold">{t("title")}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2 text-start">{t("state")}</th>
            <th scope="col" className="p-2 text-end">{t("count")}</th>
          </tr>
        </thead>
        <tbody>
          {STATES.map((state) => (
            <tr key={state} className="border-b border-slate-200">
              <th scope="row" className="p-2 text-start font-normal">{t(state)}</th>
              <td className="p-2 text-end tabular-nums">{counts[state]}</td>
            </tr>
          ))}
          <tr className="border-b border-slate-200">
            <th scope="row" className="p-2 ps-6 text-start font-normal">{t("awaitingCoordinator")}</th>
            <td className="p-2 text-end tabular-nums">{counts.awaitingCoordinator}</td>
          </tr>
        </tbody>
      </table>
      <p className="text-sm text-slate-600">{t("note")}</p>
    </section>
  );
}
