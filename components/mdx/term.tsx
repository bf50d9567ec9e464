"use client";

import { useId, useState } from "react";
import { useInterfaceText } from "@/components/ui/use-interface-text";
import type { TextAttributes } from "@/lib/content/course-language";

/** `language`: of the glossary entry, which may differ from the lesson around it (a Pashto glossary in an English lesson). */
type Props = { id: string; definition?: string; term?: string; language?: TextAttributes; glossaryLabel: string; children: React.ReactNode };

/**
 * A glossary term. Its definition shows on hover and keyboard focus (CSS alone), and a tap toggles
 * it; without JavaScript the term is a link to its glossary entry.
 */
export function Term({ id, definition, term, language, glossaryLabel, children }: Props) {
  const tooltipId = useId();
  const [open, setOpen] = useState(false);
  const ui = useInterfaceText();
  if (!definition) return <>{children}</>;
  return (
    <span className="group relative inline">
      <a
        href={`/glossary#${id}`}
        aria-describedby={tooltipId}
        aria-expanded={open}
        onClick={(event) => {
          event.preventDefault();
          setOpen((value) => !value);
        }}
        onKeyDown={(event) => event.key === "Escape" && setOpen(false)}
        onBlur={() => setOpen(false)}
        className="cursor-help underline decoration-dotted underline-offset-4"
      >
        {children}
      </a>
      <span
        role="tooltip"
        id={tooltipId}
        {...language}
        className={`absolute start-0 top-full z-20 mt-1 w-72 max-w-[80vw] rounded border border-slate-300 bg-white p-3 text-sm font-normal text-slate-800 shadow-lg ${
          open ? "block" : "hidden group-hover:block group-focus-within:block"
        }`}
      >
        <strong className="block">{term}</strong>
        {definition}{" "}
        <a {...ui} href={`/glossary#${id}`} className="underline" onMouseDown={(event) => event.preventDefault()} onClick={(event) => event.stopPropagation()}>
          {glossaryLabel}
        </a>
      </span>
    </span>
  );
}
