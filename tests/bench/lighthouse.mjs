// Lighthouse (npm `lighthouse`, its default mobile settings: simulated slow 4G, 4x CPU slowdown) on
// Debian's Chromium (/usr/bin/chromium or CHROMIUM_PATH, started by chrome-launcher's chromePath; no
// browser is downloaded). Signed-in pages get the account's next-auth session cookie through
// Lighthouse's extraHeaders (a Cookie header on every request); the final check's attempt is started
// first through Playwright (lighthouse/start-check.mjs). Against BASE_URL, or a server this script
// starts on BENCH_PORT (default 3240) on a fresh demo database. Prints the performance and
// accessibility scores, LCP, TBT and total bytes per page, with PASS/FAIL against the issue's
// targets (performance >= 95, accessibility 100); exit 0 either way. Lighthouse's scores vary from
// run to run (its own documentation on variability advises the median of several): each page is
// measured BENCH_RUNS times (default 3) and the run with the median performance score is printed,
// with the lowest and highest score beside it. The first row is the floor of bench:weight (an empty
// App Router page with a small MDX text, tests/bench/floor-app) measured the same way: what the
// framework alone scores on this machine, the ceiling for any page of the app. About 5 minutes at 3 runs.
import os from "node:os";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHECK_PAGE, MODULE_PAGE, NEXT_LESSON } from "./shared/course.mjs";
import { appServer, stopChild } from "./shared/server.mjs";
import { DEMO, firstCohortPath, signIn } from "./shared/session.mjs";
import { startFinalCheck } from "./lighthouse/start-check.mjs";
import { buildFloor, startFloor } from "./weight/floor.mjs";

const started = Date.now();
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));

/** One Lighthouse run of a page; one retry, since on a loaded machine a first load now and then fails to paint in time. */
async function measureOnce(url, flags) {
  let { lhr } = await lighthouse(url, flags);
  if (lhr.runtimeError) ({ lhr } = await lighthouse(url, flags));
  return lhr;
}
buildFloor();
const app = await appServer("bench-lighthouse", 3240);
let floor;
let chrome;
let failed = true;
try {
  floor = await startFloor(Number(new URL(app.base).port) + 1);
  const member = await signIn(app.base, DEMO.member);
  const trainer = await signIn(app.base, DEMO.trainer);
  const coordinator = await signIn(app.base, DEMO.coordinator);
  await startFinalCheck(app.base, CHECK_PAGE, member);
  const pages = [
    ["/signin", null],
    ["/learn", member],
    [MODULE_PAGE, member],
    [NEXT_LESSON, member],
    [CHECK_PAGE, member],
    [await firstCohortPath(app.base, trainer), trainer],
    ["/reports", coordinator],
  ];
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  console.log(`Lighthouse mobile (simulated slow 4G, 4x CPU) against ${app.base}; median of ${RUNS} runs per page; load average ${os.loadavg()[0].toFixed(1)}`);
  console.log(["page".padEnd(44), "perf", "a11y", "LCP ms", "TBT ms", "total KB", "target", "perf range"].join("  "));
  let benchmarkIndex;
  /** Measures a page RUNS times and prints the median run's figures. */
  async function measurePage(label, url, cookie, reference = false) {
    const flags = { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"], extraHeaders: cookie ? { Cookie: cookie } : undefined };
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await measureOnce(url, flags));
    const measured = runs.filter((run) => !run.runtimeError).sort((a, b) => a.categories.performance.score - b.categories.performance.score);
    if (measured.length === 0) {
      console.log(`${label.padEnd(44)}  not measured: ${runs[0].runtimeError.code} ${runs[0].runtimeError.message}`);
      return;
    }
    const lhr = measured[Math.floor((measured.length - 1) / 2)];
    benchmarkIndex ??= lhr.environment.benchmarkIndex;
    const score = (run) => Math.round(run.categories.performance.score * 100);
    const range = `${score(measured[0])}-${score(measured.at(-1))}${measured.length < RUNS ? ` (${measured.length} of ${RUNS} runs)` : ""}`;
    const performance = score(lhr);
    const accessibility = Math.round(lhr.categories.accessibility.score * 100);
    const audit = (id) => lhr.audits[id].numericValue;
    const verdict = reference ? "floor" : performance >= 95 && accessibility === 100 ? "PASS" : "FAIL";
    const figures = [audit("largest-contentful-paint").toFixed(0).padStart(6), audit("total-blocking-time").toFixed(0).padStart(6), (audit("total-byte-weight") / 1024).toFixed(1).padStart(8)];
    console.log([label.padEnd(44), String(performance).padStart(4), String(accessibility).padStart(4), ...figures, verdict.padEnd(6), range].join("  "));
  }
  await measurePage("floor (empty Next page + MDX)", `${floor.base}/`, null, true);
  for (const [path, cookie] of pages) await measurePage(path, app.base + path, cookie);
  // Lighthouse's measure of this machine's CPU: its 4x slowdown assumes a desktop of about 1000+.
  console.log(`Lighthouse benchmarkIndex of this machine: ${benchmarkIndex?.toFixed(0) ?? "-"}`);
  console.log(`bench:lighthouse took ${((Date.now() - started) / 1000).toFixed(0)} s (targets: performance >= 95, accessibility 100)`);
  failed = false;
} finally {
  chrome?.kill();
  if (floor) await stopChild(floor.child);
  await app.stop(failed);
}
