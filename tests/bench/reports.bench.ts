import { performance } from "node:perf_hooks";
import { afterAll, describe, it } from "vitest";
import { closeDb, db, refreshStatistics } from "@/lib/db/client";
import { getCompletionReport } from "@/lib/reports/completion-report";
import { exportCompletionCsv } from "@/lib/reports/export-completion";
import { signInAs } from "../setup/session";
import { seedNetwork } from "./seed-network";

// `npm run bench:reports`: the coordinator's report, a filtered report and the full CSV export at
// 1,000 and 10,000 members, on the embedded database or on PostgreSQL (DATABASE_URL). Each figure is
// the median of RUNS runs; ratios compare with a plain SQL aggregate over the same progress rows.
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? "1000,10000").split(",").map(Number);
const labels = { locale: "en", header: Array.from({ length: 13 }, (_, i) => `c${i}`), status: { "not-started": "n", "in-progress": "i", completed: "c" }, memo: { none: "-", DRAFT: "d", SUBMITTED: "s", RETURNED: "r", ACCEPTED: "a" } };

async function median(fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Reads the whole stream. With `measureHeap`, collects garbage after each chunk (--expose-gc) so the
 * peak is what the export keeps alive; that run is separate from the timed ones, since GC costs time. */
async function drain(stream: ReadableStream<Uint8Array>, measureHeap = false): Promise<{ bytes: number; rows: number; peakHeapMb: number }> {
  const reader = stream.getReader();
  let bytes = 0;
  let lineEnds = 0;
  let peak = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { bytes, rows: lineEnds - 1, peakHeapMb: peak };
    bytes += value.byteLength;
    for (const byte of value) if (byte === 10) lineEnds += 1;
    if (measureHeap) {
      gc?.();
      peak = Math.max(peak, process.memoryUsage().heapUsed / 2 ** 20);
    }
  }
}

afterAll(() => closeDb());

describe(`reports benchmark on ${process.env.DATABASE_URL ? "PostgreSQL" : "the embedded database"}`, () => {
  it("prints figures", { timeout: 3_600_000 }, async () => {
    const prisma = await db();
    const lines: string[] = [];
    const perMember: number[] = [];
    for (const [index, size] of SIZES.entries()) {
      const prefix = `b${process.pid}x${index}`;
      const start = performance.now();
      await seedNetwork(prisma, size, prefix);
      const progressRows = await prisma.lessonProgress.count({ where: { userId: { startsWith: `${prefix}u` } } });
      const seeded = performance.now() - start;
      // What the app does itself on the embedded database every ten minutes (PostgreSQL's
      // autovacuum does it there); timed, since it is part of the cost of keeping reports fast.
      const analyzeStart = performance.now();
      await refreshStatistics();
      const analyzed = performance.now() - analyzeStart;
      const coordinator = await prisma.user.create({ data: { email: `${prefix}coord@bench.local`, displayName: "Bench coordinator", role: "COORDINATOR" } });
      signInAs(coordinator.id);
      const plain = await median(() =>
        prisma.$queryRaw`SELECT "moduleSlug", COUNT(*), COUNT("completedAt") FROM "LessonProgress" GROUP BY "moduleSlug"`,
      );
      const report = await median(() => getCompletionReport({}));
      const filtered = await median(() => getCompletionReport({ country: "TJ", module: "fairness", sector: "JUDICIARY" }));
      const drilled = await median(() => getCompletionReport({ country: "TJ" }));
      const exportMs = await median(async () => drain(await exportCompletionCsv({}, labels)));
      gc?.();
      const heapBefore = process.memoryUsage().heapUsed / 2 ** 20;
      const exported = await drain(await exportCompletionCsv({}, labels), true);
      perMember.push(report / size);
      // Each size measures its own network alone: remove this one before seeding the next.
      await prisma.auditEntry.deleteMany({ where: { actorId: coordinator.id } });
      await prisma.cohort.deleteMany({ where: { id: { startsWith: `${prefix}c` } } });
      await prisma.user.deleteMany({ where: { OR: [{ id: { startsWith: prefix } }, { id: coordinator.id }] } });
      lines.push(
        `${size} members, ${Math.ceil(size / 25)} cohorts, ${progressRows} lesson-progress rows (seeded in ${(seeded / 1000).toFixed(1)} s; statistics refreshed in ${analyzed.toFixed(0)} ms${process.env.DATABASE_URL ? ", a no-op on PostgreSQL" : ""})`,
        `  plain SQL aggregate over all progress rows  ${plain.toFixed(1)} ms`,
        `  coordinator report (all filters off)       ${report.toFixed(1)} ms   x${(report / plain).toFixed(1)} plain`,
        `  filtered report (country+module+sector)    ${filtered.toFixed(1)} ms   x${(filtered / plain).toFixed(1)} plain`,
        `  drill-down to one country's cohorts        ${drilled.toFixed(1)} ms   x${(drilled / plain).toFixed(1)} plain`,
        `  full CSV export (${exported.rows} rows, ${(exported.bytes / 2 ** 20).toFixed(1)} MiB)    ${exportMs.toFixed(1)} ms   x${(exportMs / plain).toFixed(1)} plain; heap ${heapBefore.toFixed(0)} -> peak ${exported.peakHeapMb.toFixed(0)} MiB`,
      );
    }
    if (perMember.length > 1) {
      lines.push(`report cost per member grows x${(perMember.at(-1)! / perMember[0]!).toFixed(2)} from ${SIZES[0]} to ${SIZES.at(-1)} members (1.00 = linear)`);
    }
    console.log(`\n${lines.join("\n")}\n`);
  });
});
