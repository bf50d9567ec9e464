/** A native <progress>, so screen readers announce the value; the label says what it measures. */
export function ProgressBar({ value, max, label }: { value: number; max: number; label: string }) {
  return (
    <div className="space-y-1">
      <progress value={value} max={max} aria-label={label} className="h-2 w-full overflow-hidden rounded [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-600 [&::-moz-progress-bar]:bg-brand-600" />
      <p className="text-sm text-slate-600">{label}</p>
    </div>
  );
}
