// Throughput and latency per page under concurrency, with autocannon (see pages/load.mjs), against a
// production server: BASE_URL, or one this script starts on BENCH_PORT (default 3220) on a fresh
// demo database (DATABASE_URL, when set, is passed through: the server then uses that PostgreSQL
// database and the demo accounts are seeded into it). Signed-out pages are requested without a
// cookie; "my learning", the module and the lesson with the demo member's session cookie. The
// reference is the same lesson's HTML served as a static file by the same server (pages/static-copy.mjs).
// Prints req/s, p50/p95/p99 at 10 connections and each page's req/s as a ratio to /about's, and the
// lesson's req/s as a ratio to the static file's. `-- --crowd` instead runs the lesson with 200
// connections (the figure is on PostgreSQL). PASS/FAIL against the targets, exit 0.
// BENCH_SECONDS per page (default 10; 30 with --crowd); a default run takes two to four minutes.
import os from "node:os";
import { LESSON, MODULE_PAGE } from "./shared/course.mjs";
import { appServer } from "./shared/server.mjs";
import { DEMO, signIn } from "./shared/session.mjs";
import { load } from "./pages/load.mjs";
import { staticCopy } from "./pages/static-copy.mjs";

const CROWD = process.argv.includes("--crowd");
// autocannon drops the answers still in flight when the time is up: at 200 connections a slow page
// needs longer than 10 s to answer at all.
const SECONDS = Number(process.env.BENCH_SECONDS ?? (CROWD ? 30 : 10));
const started = Date.now();
const ms = (value) => (Number.isNaN(value) ? "-" : value.toFixed(0)).padStart(6);

async function measure(base, path, connections, cookie) {
  for (let i = 0; i < 5; i += 1) await (await fetch(base + path, { headers: cookie ? { cookie } : {} })).arrayBuffer();
  return { path, ...(await load(base + path, { connections, seconds: SECONDS, cookie })) };
}

function print(rows, connections, reference) {
  console.log(`\n${connections} connections, ${SECONDS} s per page (gzip asked for); load average ${os.loadavg()[0].toFixed(1)}`);
  console.log(["page".padEnd(48), "req/s".padStart(8), "p50 ms", "p95 ms", "p99 ms", "x /about", "non-2xx", "errors"].join("  "));
  for (const row of rows) {
    const ratio = reference ? (row.rps / reference.rps).toFixed(2) : "";
    console.log([row.path.padEnd(48), row.rps.toFixed(1).padStart(8), ms(row.p50), ms(row.p95), ms(row.p99), ratio.padStart(8), String(row.non2xx).padStart(7), String(row.errors).padStart(6)].join("  "));
  }
}

const app = await appServer("bench-pages", 3220);
let copy;
let failed = true;
try {
  const member = await signIn(app.base, DEMO.member);
  copy = await staticCopy(app, LESSON, member);
  // A restart (to serve the copy) keeps the session: next-auth's JWT outlives the process.
  if (CROWD) {
    const lesson = await measure(app.base, LESSON, 200, member);
    print([lesson], 200);
    const p95 = Number.isNaN(lesson.p95) ? `unknown: no answer within ${SECONDS} s` : `${lesson.p95.toFixed(0)} ms`;
    console.log(`\n${lesson.p95 < 1000 ? "PASS" : "FAIL"} lesson p95 with 200 connections ${p95} (target < 1000 ms)`);
  } else {
    const rows = [];
    for (const path of ["/about", "/signin", "/glossary"]) rows.push(await measure(app.base, path, 10));
    for (const path of ["/learn", MODULE_PAGE, LESSON]) rows.push(await measure(app.base, path, 10, member));
    const file = await measure(app.base, copy.path, 10);
    rows.push({ ...file, path: `${copy.path} (static copy of the lesson)` });
    print(rows, 10, rows[0]);
    const ratio = rows.at(-2).rps / file.rps;
    console.log(`\n${ratio >= 0.5 ? "PASS" : "FAIL"} lesson req/s / static file req/s = ${ratio.toFixed(3)} (target >= 0.5)`);
  }
  console.log(`bench:pages took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  failed = false;
} finally {
  copy?.remove();
  await app.stop(failed);
}
