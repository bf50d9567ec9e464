import { MAPPED_CORE, type PrinciplesMapFigure } from "@/lib/content/figures";

/** Human rights as a frame around the five core principles, each listing its instrumental principles. */
export function PrinciplesMap({ figure }: { figure: PrinciplesMapFigure }) {
  return (
    <div className="rounded-lg border-4 border-double border-brand-700 p-3 print:border-black">
      <p className="font-semibold text-brand-900">{figure.frame.label}</p>
      <p className="text-sm text-slate-700">{figure.frame.note}</p>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2">
        {MAPPED_CORE.map((core) => {
          const entry = figure.core[core];
          return (
            <li key={core} className="rounded border border-slate-400 bg-white p-2 sm:last:col-span-2">
              <p className="font-semibold">{entry.label}</p>
              <ul className="mt-1 list-disc ps-5 text-sm">
                {Object.entries(entry.instrumental).map(([id, label]) => (
                  <li key={id}>{label}</li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
