// Page weight: bytes on the wire, compressed as the browser received them, per page.
// Method: Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH) driven by Playwright with a phone's
// viewport; Chromium's DevTools protocol Network events give each request's encodedDataLength
// (headers plus body as sent: `next start` gzips). A first visit is a new browser context (empty
// cache) opening the page and waiting until the network has been quiet for 1.5 s (late chunks and
// link prefetches count). Lesson to lesson: on a lesson whose first visit has settled, press its
// "Mark complete"/"Continue" button and count until the next lesson's title shows and the network is
// quiet again. The floor is tests/bench/floor-app (see weight/floor.mjs), measured the same way.
// Then what keeping each module for offline stores on the phone (weight/kept.mjs).
// Prints figures and PASS/FAIL against the targets; never exits non-zero for a FAIL.
// Usage: npm run bench:weight (starts the build on BENCH_PORT, default 3200, and the floor on the
// next port) or BASE_URL=http://127.0.0.1:3000 npm run bench:weight against your own server.
import http from "node:http";
import { chromium, devices } from "@playwright/test";
import { LESSON, MODULE_PAGE, NEXT_LESSON } from "./shared/course.mjs";
import { appServer, stopChild } from "./shared/server.mjs";
import { browserCookies, DEMO, signIn } from "./shared/session.mjs";
import { buildFloor, startFloor } from "./weight/floor.mjs";
import { recordNetwork } from "./weight/network.mjs";
import { courseModules, keptBytes, printKept } from "./weight/kept.mjs";
import { printWeights } from "./weight/report.mjs";

const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

// Service workers are blocked while pages are measured: requests a worker answers (from the network
// or its cache) reach the page as "from service worker", with the network bytes on the worker's
// side, out of this page's sight. The worker's own script, fetched once when the app is installed,
// is measured apart (serviceWorkerScript).
async function newPage(browser, cookie, base) {
  const context = await browser.newContext({ ...devices["Pixel 7"], serviceWorkers: "block" });
  if (cookie) await context.addCookies(browserCookies(cookie, base));
  const page = await context.newPage();
  return { context, page, network: await recordNetwork(page) };
}

async function firstVisit(browser, url, cookie) {
  const { context, page, network } = await newPage(browser, cookie, url);
  const response = await page.goto(url, { waitUntil: "load" });
  if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status()} (now at ${page.url()})`);
  await network.settle();
  const figures = network.take();
  await context.close();
  return figures;
}

async function lessonToLesson(browser, base, cookie) {
  const { context, page, network } = await newPage(browser, cookie, base);
  await page.goto(base + LESSON, { waitUntil: "load" });
  await network.settle();
  network.reset();
  await page.locator("form button[type=submit]").last().click();
  await page.waitForURL(base + NEXT_LESSON, { timeout: 30_000 });
  await page.locator("h1").waitFor();
  await network.settle();
  const figures = network.take();
  await context.close();
  return figures;
}

/** The service worker script's bytes as sent (gzipped, as to a browser): part of a first visit, once per install. */
function serviceWorkerScript(base) {
  return new Promise((resolve, reject) => {
    // node:http, which hands over the body as it came, where fetch() would decode it.
    http.get(`${base}/serwist/sw.js`, { headers: { "accept-encoding": "gzip" } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk) => (bytes += chunk.length));
      response.on("end", () => resolve(bytes));
    }).on("error", reject);
  });
}

const started = Date.now();
buildFloor();
const app = await appServer("bench-weight", 3200);
let floor;
let browser;
let failed = true;
try {
  floor = await startFloor(Number(new URL(app.base).port) + 1);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const member = await signIn(app.base, DEMO.member);
  const rows = [["floor (empty Next page + MDX)", await firstVisit(browser, floor.base + "/")]];
  rows.push([`lesson ${LESSON}`, await firstVisit(browser, app.base + LESSON, member)]);
  rows.push([`module ${MODULE_PAGE}`, await firstVisit(browser, app.base + MODULE_PAGE, member)]);
  rows.push(["my learning /learn", await firstVisit(browser, app.base + "/learn", member)]);
  rows.push(["sign-in /signin", await firstVisit(browser, app.base + "/signin")]);
  rows.push(["about /about", await firstVisit(browser, app.base + "/about")]);
  rows.push([`lesson to lesson -> ${NEXT_LESSON}`, await lessonToLesson(browser, app.base, member)]);
  printWeights(rows, app.base);
  console.log(`Not in the rows above: the service worker script, ${(
    (await serviceWorkerScript(app.base)) / 1024
  ).toFixed(1)} KB, downloaded once when a browser first opens the app.`);
  printKept(await keptBytes(browser, app.base, member, await courseModules(app.base, member)));
  console.log(`bench:weight took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  failed = false;
} finally {
  await browser?.close();
  if (floor) await stopChild(floor.child);
  await app.stop(failed);
}
