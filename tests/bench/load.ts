// Load and fault benchmark: LEARNERS concurrent members for SECONDS against two production
// instances (`next start`) on one PostgreSQL database, requests spread across both. Mid-run, one
// instance is killed with SIGKILL and started again, and PostgreSQL is restarted (LOAD_FAULTS=0 to
// skip both, LOAD_PG_RESTART=0 to skip the restart only). It prints throughput, latency, errors by
// kind, and compares acknowledged completions with what the database holds. It reports, it does
// not assert; `--check` (the short mode the test suite runs) exits 1 on a lost or duplicated one.
// Needs a production build (`npm run build`). Usage: npm run bench:load [-- --short | --check]
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { loadCourse } from "@/lib/content/load";
import { createScratchDatabase, dropScratchDatabase } from "../setup/scratch-database";
import { learnerEmail, LEARNER_PASSWORD, readStored, seedLearners } from "./load/database";
import { restartPostgres } from "./load/faults";
import { type Lesson, runLearner, type Shared } from "./load/learner";
import { type Instance, startInstance, stopInstance, waitReady } from "./load/servers";
import { newStats, percentile } from "./load/stats";
import { report } from "./load/report";

const args = new Set(process.argv.slice(2));
const short = args.has("--short") || args.has("--check");
const setting = (name: string, fallback: string) => process.env[name] ?? fallback;
const LEARNERS = Number(setting("LOAD_LEARNERS", short ? "10" : "50"));
const SECONDS = Number(setting("LOAD_SECONDS", short ? "10" : "60"));
const FAULTS = !short && setting("LOAD_FAULTS", "1") !== "0";
const PG_RESTART = FAULTS && setting("LOAD_PG_RESTART", "1") !== "0";
const PORT = Number(setting("LOAD_PORT", "3340"));
const SERVER_URL = setting("LOAD_POSTGRES_URL", process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
const root = path.resolve(import.meta.dirname, "../..");
const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

if (!existsSync(path.join(root, ".next/BUILD_ID"))) {
  console.error("bench:load needs a production build: run `npm run build` first.");
  process.exit(2);
}

const databaseUrl = process.env.LOAD_DATABASE_URL ?? (await createScratchDatabase(SERVER_URL, "bench_load"));
const ownDatabase = !process.env.LOAD_DATABASE_URL;
log(`database ${new URL(databaseUrl).pathname.slice(1)}; seeding ${LEARNERS} learners`);
await seedLearners(databaseUrl, LEARNERS);

const logDir = mkdtempSync(path.join(tmpdir(), "bench-load-"));
const env = {
  DATABASE_URL: databaseUrl,
  NEXTAUTH_SECRET: randomBytes(24).toString("hex"),
  OUTBOX_DIR: path.join(logDir, "outbox"),
  LOG_LEVEL: "warn",
  // The bench plays the front proxy: each learner comes from her own address (lib/http/client-address.ts).
  TRUST_PROXY: "1",
  NEXT_TELEMETRY_DISABLED: "1",
};
const instances: Instance[] = [0, 1].map((i) => ({
  port: PORT + i,
  base: `http://127.0.0.1:${PORT + i}`,
  logFile: path.join(logDir, `instance-${i}.log`),
  starts: 0,
}));
for (const instance of instances) startInstance(instance, env, root);
await Promise.all(instances.map((instance) => waitReady(instance)));
log(`two instances ready on ports ${PORT} and ${PORT + 1} (logs in ${logDir})`);

const course = await loadCourse();
const lessons: Lesson[] = course.modules.flatMap((module) => module.lessons.map((lesson) => ({ module: module.slug, lesson: lesson.slug })));
const stats = newStats();
const started = Date.now();
const shared: Shared = { instances, stats, acknowledged: new Set(), until: started + SECONDS * 1000, next: 0 };
const events: string[] = [];

async function faults(): Promise<void> {
  if (!FAULTS) return;
  await new Promise((resolve) => setTimeout(resolve, SECONDS * 300));
  const victim = instances[1]!;
  victim.child?.kill("SIGKILL");
  events.push(`${((Date.now() - started) / 1000).toFixed(1)} s: SIGKILL instance on port ${victim.port}`);
  log(events.at(-1)!);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  startInstance(victim, env, root);
  const ready = await waitReady(victim, 90_000).catch((error: Error) => {
    log(error.message);
    return NaN;
  });
  events.push(`${((Date.now() - started) / 1000).toFixed(1)} s: instance on port ${victim.port} restarted, healthy after ${(ready / 1000).toFixed(1)} s`);
  log(events.at(-1)!);
  if (!PG_RESTART) return;
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + SECONDS * 600 - Date.now())));
  const at = ((Date.now() - started) / 1000).toFixed(1);
  const restart = await restartPostgres();
  events.push(`${at} s: ${restart.how} (${(restart.ms / 1000).toFixed(1)} s)`);
  log(events.at(-1)!);
}

const ticker = setInterval(() => {
  const errors = [...stats.errors.values()].reduce((a, b) => a + b, 0);
  log(`${stats.requests} requests, ${stats.latencies.length} answered, ${shared.acknowledged.size} completions acknowledged, ${errors} errors`);
}, 10_000);
log(`${LEARNERS} learners for ${SECONDS} s${FAULTS ? `, faults: SIGKILL + restart of one instance${PG_RESTART ? ", PostgreSQL restart" : ""}` : ", no faults"}`);
// A watchdog: whatever hangs, the bench reports 60 s after the end (the stragglers are counted).
const stragglers = { n: 0 };
await Promise.race([
  Promise.all([
    faults(),
    // Learners arrive over the first tenth of the run, as people do, not in one instant.
    ...Array.from({ length: LEARNERS }, (_, i) =>
      new Promise((resolve) => setTimeout(resolve, (i * SECONDS * 100) / LEARNERS))
        .then(() => runLearner(shared, `bench-${i}`, learnerEmail(i), LEARNER_PASSWORD, lessons, `10.0.${i >> 8}.${i & 255}`))
        .finally(() => (stragglers.n -= 1)),
    ),
  ]),
  new Promise((resolve) => setTimeout(resolve, SECONDS * 1000 + 60_000).unref()),
]);
stragglers.n += LEARNERS;
if (stragglers.n > 0) log(`${stragglers.n} learner(s) still waiting on a request 60 s after the end: reported as they are`);
const elapsed = (Date.now() - started) / 1000;
clearInterval(ticker);
log("learners done; checking the instances' health, then stopping them");
const alive = await Promise.all(instances.map((instance) => waitReady(instance, 15_000).then(() => true, () => false)));
await Promise.all(instances.map((instance) => stopInstance(instance)));
log("instances stopped; reading the database");

const stored = await readStored(databaseUrl);
const latencies = [...stats.latencies].sort((a, b) => a - b);
const outcome = report({
  learners: LEARNERS,
  seconds: elapsed,
  requests: stats.requests,
  answered: latencies.length,
  p50: percentile(latencies, 0.5),
  p95: percentile(latencies, 0.95),
  p99: percentile(latencies, 0.99),
  errors: stats.errors,
  acknowledged: shared.acknowledged,
  stored,
  events,
  instancesHealthyAtEnd: alive.filter(Boolean).length,
});
if (ownDatabase && process.env.LOAD_KEEP_DATABASE !== "1") await dropScratchDatabase(SERVER_URL, databaseUrl).catch(() => undefined);
if (args.has("--check")) {
  const failed = outcome.lost > 0 || outcome.duplicated > 0 || outcome.acknowledged === 0;
  if (process.env.LOAD_JSON) (await import("node:fs")).writeFileSync(process.env.LOAD_JSON, JSON.stringify({ ...outcome, passed: !failed }));
  console.log(failed ? "bench:load check FAILED" : "bench:load check passed");
  process.exit(failed ? 1 : 0);
}
process.exit(0);
