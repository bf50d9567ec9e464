/**
 * Next.js calls this once when the server starts. The checks need Node (files, the database), and
 * this file is also compiled for the Edge runtime: NEXT_RUNTIME is replaced by a constant at build
 * time, so the Edge build drops the import. It is read here directly, not through lib/env.ts,
 * because only the literal `process.env.NEXT_RUNTIME` is replaced.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") await (await import("@/lib/check-at-start")).checkAtStart();
}
