/** A form's own error message, read out by screen readers as soon as it appears. */
export function FormAlert({ children }: { children: React.ReactNode }) {
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
      {children}
    </p>
  );
}
