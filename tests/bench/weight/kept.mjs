// What a member stores on her phone to study offline: each module kept with "Keep for offline" on
// its module page, as the app records it (lib/offline/keep-module.ts counts the bytes of the pages
// and of the scripts, styles and fonts it stored that were not stored yet, plus its IndexedDB
// record), and the whole course as the browser reports this site's storage (navigator.storage.estimate,
// which also counts the service worker's own copies). Modules are kept in course order on one
// phone, so the first one carries the shared scripts and styles; the glossary, which every module
// lists, counts in each (it is stored once).
import { devices } from "@playwright/test";
import { browserCookies } from "../shared/session.mjs";

const MB = 1_000_000;

/** Every module of the course, in course order, as the server lists them for keeping. */
export async function courseModules(base, cookie) {
  const response = await fetch(`${base}/api/offline/modules`, { headers: { cookie } });
  if (!response.ok) throw new Error(`/api/offline/modules answered ${response.status}`);
  return Object.keys((await response.json()).versions);
}

export async function keptBytes(browser, base, cookie, moduleSlugs) {
  const context = await browser.newContext({ ...devices["Pixel 7"] });
  await context.addCookies(browserCookies(cookie, base));
  const page = await context.newPage();
  await page.goto(`${base}/learn`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const rows = [];
  for (const slug of moduleSlugs) {
    await page.goto(`${base}/learn/${slug}`);
    await page.getByRole("button", { name: "Keep for offline" }).click();
    await page.getByText(/Kept on this device since/).waitFor({ timeout: 120_000 });
    rows.push(await readRecord(page, slug));
  }
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  await context.close();
  return { rows, usage };
}

function readRecord(page, moduleSlug) {
  return page.evaluate(
    (slug) =>
      new Promise((resolve, reject) => {
        // DEVICE_DATABASE in lib/offline/storage-names.ts.
        const open = indexedDB.open("course-offline");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction("modules").objectStore("modules").get(slug);
          read.onsuccess = () => {
            open.result.close();
            resolve({ slug, pages: read.result.pages.length, bytes: read.result.bytes });
          };
        };
      }),
    moduleSlug,
  );
}

export function printKept({ rows, usage }) {
  console.log("\nKept for offline (MB = 1,000,000 bytes, as stored: pages uncompressed)");
  console.log(["module".padEnd(22), "pages", "stored MB"].join("  "));
  for (const row of rows) console.log([row.slug.padEnd(22), String(row.pages).padStart(5), (row.bytes / MB).toFixed(2).padStart(9)].join("  "));
  const total = rows.reduce((sum, row) => sum + row.bytes, 0);
  console.log([`all ${rows.length} modules`.padEnd(22), "".padStart(5), (total / MB).toFixed(2).padStart(9)].join("  "));
  console.log(`navigator.storage.estimate() usage with every module kept: ${(usage / MB).toFixed(2)} MB`);
}
