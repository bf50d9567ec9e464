import type { LifeCycleFigure } from "@/lib/content/figures";

/** The stages a tool goes through in an agency, each with the principles that matter most there. */
export function LifeCycle({ figure }: { figure: LifeCycleFigure }) {
  return (
    <div>
      <ol className="space-y-1">
        {figure.stages.map((stage, index) => (
          <li key={stage.id}>
            <div className="rounded border border-slate-400 bg-white p-2">
              <p className="flex items-baseline gap-2 font-semibold">
                <span className="inline-flex size-6 shrink-0 items-center justify-center rounded-full border-2 border-brand-700 text-sm text-brand-900">
                  {index + 1}
                </span>
                {stage.name}
              </p>
              <p className="mt-1 text-xs font-medium uppercase tracking-wide text-slate-600">{figure.bitesLabel}</p>
              <ul className="mt-1 space-y-1 text-sm">
                {stage.principles.map((entry) => (
                  <li key={entry.principle}>
                    <span className="font-semibold">{entry.label}</span>: {entry.why}
                  </li>
                ))}
              </ul>
            </div>
            {index < figure.stages.length - 1 && (
              <p aria-hidden="true" className="text-center text-lg leading-6 text-slate-600">
                ↓
              </p>
            )}
          </li>
        ))}
      </ol>
      <p className="mt-2 flex items-center gap-2 text-sm text-slate-700">
        {/* Curves back up to the first stage, on the side where lines start: mirrored right to left. */}
        <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" className="shrink-0 rtl:-scale-x-100">
          <path d="M20 20H10a6 6 0 0 1-6-6V4M1 7l3-4 3 4" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        {figure.cycleNote}
      </p>
    </div>
  );
}
