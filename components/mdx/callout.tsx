const STYLES = {
  note: "border-sky-600 bg-sky-50",
  tip: "border-emerald-600 bg-emerald-50",
  warning: "border-amber-600 bg-amber-50",
  example: "border-violet-600 bg-violet-50",
} as const;

type Props = { kind?: keyof typeof STYLES; title?: string; children: React.ReactNode };

export function Callout({ kind = "note", title, children }: Props) {
  return (
    <aside role="note" aria-label={title} className={`not-prose my-6 rounded border-s-4 p-4 ${STYLES[kind] ?? STYLES.note}`}>
      {title && <p className="mb-2 font-semibold">{title}</p>}
      <div className="prose prose-slate max-w-none [&>*:first-child]:mt-0 [&>*:last-child]:mb-0">{children}</div>
    </aside>
  );
}
