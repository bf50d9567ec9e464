type Props = { label: string; pendingLabel: string; pending: boolean; className?: string };

/** Disabled and relabelled while the request runs, so a slow connection does not invite a second click. */
export function SubmitButton({ label, pendingLabel, pending, className }: Props) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-busy={pending}
      className={`rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60 ${className ?? ""}`}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
