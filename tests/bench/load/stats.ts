// What the learners saw: every request's latency and every failure, by kind.

export type Stats = { latencies: number[]; errors: Map<string, number>; requests: number };

export const newStats = (): Stats => ({ latencies: [], errors: new Map(), requests: 0 });

export function countError(stats: Stats, kind: string): void {
  stats.errors.set(kind, (stats.errors.get(kind) ?? 0) + 1);
}

/** A fetch failure as a short kind: the cause's code (ECONNREFUSED, ECONNRESET, ...) or timeout. */
export function errorKind(error: unknown): string {
  const err = error as { name?: string; cause?: { code?: string; name?: string } };
  if (err.name === "TimeoutError" || err.cause?.name === "TimeoutError") return "timeout";
  return `network ${err.cause?.code ?? err.cause?.name ?? err.name ?? "error"}`;
}

export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
