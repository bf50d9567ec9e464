import type { ReactNode } from "react";

/** lang and dir of a piece of text: the course text of a figure, or the interface around it. */
export type TextDirection = { lang: string; dir: "ltr" | "rtl" };
/** Interface words a figure needs that are not course text (from the interface catalog). */
export type FigureLabels = TextDirection & { textDescription: string };

type Props = { id: string; caption: string; alt: string; text: TextDirection; labels: FigureLabels; children: ReactNode };

export const captionId = (id: string) => `figure-${id}-caption`;

/**
 * A figure with its caption and its text alternative. The description is linked to the figure for
 * screen readers, open to anyone under "Text description", and printed in full; the figure never
 * breaks across pages.
 */
export function FigureFrame({ id, caption, alt, text, labels, children }: Props) {
  const descriptionId = `figure-${id}-description`;
  return (
    <figure
      id={`figure-${id}`}
      lang={text.lang}
      dir={text.dir}
      aria-describedby={descriptionId}
      className="not-prose my-8 break-inside-avoid rounded border border-slate-300 p-3 text-slate-900 sm:p-4 print:border-slate-500"
    >
      {children}
      <figcaption id={captionId(id)} className="mt-3 text-sm font-medium text-slate-800">
        {caption}
      </figcaption>
      <details className="mt-2 text-sm print:hidden">
        <summary lang={labels.lang} dir={labels.dir} className="cursor-pointer text-brand-700 underline">
          {labels.textDescription}
        </summary>
        <p id={descriptionId} className="mt-2 text-slate-800">
          {alt}
        </p>
      </details>
      <p aria-hidden="true" className="mt-2 hidden text-sm print:block">
        {alt}
      </p>
    </figure>
  );
}

/** A part of a figure too wide for a small screen scrolls inside itself, reachable by keyboard. */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="max-w-full overflow-x-auto print:overflow-visible">
      {children}
    </div>
  );
}

/** An arrow pointing the reading way: right in left-to-right text, left in right-to-left text. */
export function ForwardArrow({ className = "" }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 12" width="24" height="12" className={`shrink-0 rtl:-scale-x-100 ${className}`}>
      <path d="M1 6h20M16 1l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}
