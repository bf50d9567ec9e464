import type { OversightLevelsFigure } from "@/lib/content/figures";
import { ForwardArrow } from "./frame";

/** Each level sits a step further from the single decision: indented on the side lines start. */
const STEP = ["", "sm:ms-4", "sm:ms-8", "sm:ms-12", "sm:ms-16", "sm:ms-20", "sm:ms-24"];

/** Oversight from the officer at the screen out to the people a tool affects. */
export function OversightLevels({ figure }: { figure: OversightLevelsFigure }) {
  return (
    <div>
      <p aria-hidden="true" className="mb-2 flex items-center gap-2 text-xs font-medium text-slate-700">
        <span>{figure.nearest}</span>
        <ForwardArrow className="text-slate-700" />
        <span>{figure.furthest}</span>
      </p>
      <ol className="space-y-2">
        {figure.levels.map((level, index) => (
          <li key={level.name} className={`rounded border border-slate-400 border-s-4 border-s-brand-700 bg-white p-2 print:border-s-black ${STEP[index] ?? ""}`}>
            <p className="font-semibold">
              <span className="me-1 text-brand-900">{index + 1}.</span>
              {level.name}
            </p>
            {level.detail && <p className="text-sm text-slate-700">{level.detail}</p>}
            <p className="mt-1 text-sm">{level.can}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
