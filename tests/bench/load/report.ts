import type { Stored } from "./database";

// The table the bench prints, and the figures the check mode judges.

export type Figures = {
  learners: number;
  seconds: number;
  requests: number;
  answered: number;
  p50: number;
  p95: number;
  p99: number;
  errors: Map<string, number>;
  acknowledged: Set<string>;
  stored: Stored;
  events: string[];
  instancesHealthyAtEnd: number;
};

export type Outcome = { acknowledged: number; lost: number; duplicated: number; withoutEvent: number };

export function report(f: Figures): Outcome {
  const lost = [...f.acknowledged].filter((key) => !f.stored.completions.has(key)).length;
  const duplicated = [...f.stored.eventCounts.values()].filter((n) => n > 1).length;
  const withoutEvent = [...f.stored.completions].filter((key) => !f.stored.eventCounts.has(key)).length;
  const eventWithoutCompletion = [...f.stored.eventCounts.keys()].filter((key) => !f.stored.completions.has(key)).length;
  const storedNotAcknowledged = [...f.stored.completions].filter((key) => !f.acknowledged.has(key)).length;
  const totalEvents = [...f.stored.eventCounts.values()].reduce((a, b) => a + b, 0);
  const errors = [...f.errors.entries()].sort((a, b) => b[1] - a[1]);
  const rows: [string, string][] = [
    ["learners / seconds", `${f.learners} / ${f.seconds.toFixed(1)}`],
    ["requests sent / answered", `${f.requests} / ${f.answered}`],
    ["answered per second", (f.answered / f.seconds).toFixed(1)],
    ["latency p50 / p95 / p99 (ms)", `${f.p50.toFixed(0)} / ${f.p95.toFixed(0)} / ${f.p99.toFixed(0)}`],
    ...errors.map(([kind, n]): [string, string] => [`error: ${kind}`, String(n)]),
    ["errors total", String(errors.reduce((a, [, n]) => a + n, 0))],
    ["completions acknowledged (303)", String(f.acknowledged.size)],
    ["completions stored", String(f.stored.completions.size)],
    ["LESSON_COMPLETED events stored", String(totalEvents)],
    ["LOST (acknowledged, not stored)", String(lost)],
    ["DUPLICATED (>1 event per lesson)", String(duplicated)],
    ["completions without their event", String(withoutEvent)],
    ["events without a completion", String(eventWithoutCompletion)],
    ["stored, not acknowledged (in flight)", String(storedNotAcknowledged)],
    ["instances healthy at the end", `${f.instancesHealthyAtEnd} of 2`],
  ];
  console.log("");
  for (const event of f.events) console.log(`fault at ${event}`);
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
  return { acknowledged: f.acknowledged.size, lost, duplicated, withoutEvent };
}
