import type { ReportRow } from "@/lib/reports/completion-report";

/**
 * Completion rate per row as horizontal bars. Decorative for screen readers (aria-hidden): the same
 * numbers are in the table beside it.
 */
export function CompletionChart({ rows }: { rows: ReportRow[] }) {
  return (
    <div aria-hidden className="space-y-1">
      {rows.map((row) => {
        const percent = Math.round((row.completionRate ?? 0) * 100);
        return (
          <div key={row.key} className="flex items-center gap-2 text-xs">
            <span className="w-40 shrink-0 truncate">{row.label}</span>
            <span className="h-3 flex-1 rounded bg-slate-200">
              <span className="block h-3 rounded bg-brand-600" style={{ inlineSize: `${percent}%` }} />
            </span>
            <span className="w-10 text-end tabular-nums">{percent}%</span>
          </div>
        );
      })}
    </div>
  );
}
