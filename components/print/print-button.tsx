"use client";

import { useEffect, useState } from "react";

/**
 * Opens the browser's print dialog. Rendered only once JavaScript runs: without it there is no
 * button that does nothing, and the page still prints from the browser's own menu.
 */
export function PrintButton({ label }: { label: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50 print:hidden"
    >
      {label}
    </button>
  );
}
