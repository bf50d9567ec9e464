import { expect, test, type Page } from "@playwright/test";
import { isCoursePage } from "../../../lib/offline/cache-policy";
import { PAGE_CACHE_NAMES } from "../../../lib/offline/storage-names";
import { account, introduction, signIn, signOut } from "../fixtures";
import { cachedEntries, cachedPaths, createStandInDatabase, databaseNames, STAND_IN_DATABASE, underServiceWorker } from "./helpers";

const lessonPath = `/learn/introduction/${introduction.lessons[0]!.slug}`;
const GRADUATE = { email: "graduate@demo.local", password: account("MEMBER").password };

/** Signed in as the demo member, with a lesson kept for offline reading and a database of the app's. */
async function memberWithStoredData(page: Page) {
  await signIn(page, account("MEMBER").email, account("MEMBER").password);
  await underServiceWorker(page);
  await page.goto(lessonPath);
  await expect.poll(() => cachedPaths(page)).toContain(lessonPath);
  await createStandInDatabase(page);
  expect(await databaseNames(page)).toContain(STAND_IN_DATABASE);
}

async function expectNoPagesOrDatabases(page: Page) {
  const pages = (await cachedEntries(page)).filter((entry) => (PAGE_CACHE_NAMES as readonly string[]).includes(entry.cache) || isCoursePage(entry.path));
  expect(pages).toEqual([]);
  expect(await databaseNames(page)).not.toContain(STAND_IN_DATABASE);
}

test("the sign-out button clears her pages and databases, even when the server's Clear-Site-Data is lost; the next member sees none of them", async ({ browser }) => {
  const context = await browser.newContext();
  // Take the server's safety net away, to see the button do its own part.
  await context.route("**/api/auth/signout", async (route) => {
    // The fetch from the test runner is not the browser's: say where the request came from.
    const response = await route.fetch({ headers: { ...route.request().headers(), "sec-fetch-site": "same-origin" } });
    const headers = { ...response.headers() };
    expect(headers["clear-site-data"]).toBe('"cache", "storage"');
    delete headers["clear-site-data"];
    await route.fulfill({ response, headers });
  });
  const page = await context.newPage();
  await memberWithStoredData(page);

  await signOut(page);
  await expectNoPagesOrDatabases(page);

  // Another member on the same phone, with the same service worker still installed.
  await signIn(page, GRADUATE.email, GRADUATE.password);
  await expect(page.getByText("Welcome, Soraya.")).toBeVisible();
  await page.goto("/learn");
  await context.setOffline(true);
  await page.goto(lessonPath);
  await expect(page.getByRole("heading", { name: "You are offline", exact: true })).toBeVisible();
  await page.goto("/learn");
  await expect(page.getByText("Welcome, Soraya.")).toBeVisible();
  await expect(page.getByText("Demo member")).toHaveCount(0);
  await context.close();
});

test("the server's sign-out answer alone makes Chromium drop Cache Storage, IndexedDB and the service worker", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await memberWithStoredData(page);

  // Chromium acts on the header and keeps it from the page's script: read it off the network.
  const signOutResponse = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/auth/signout");
  await page.evaluate(async () => {
    const { csrfToken } = await (await fetch("/api/auth/csrf")).json();
    await fetch("/api/auth/signout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, json: "true" }),
    });
  });
  expect((await (await signOutResponse).allHeaders())["clear-site-data"]).toBe('"cache", "storage"');

  expect(await page.evaluate(() => caches.keys())).toEqual([]);
  expect(await databaseNames(page)).toEqual([]);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  await context.close();
});

test("signing out on all devices from her account clears this device too", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await memberWithStoredData(page);

  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out on all devices" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await expectNoPagesOrDatabases(page);
  await context.close();
});

test("another site cannot make the sign-out answer clear the device", async ({ request }) => {
  const response = await request.post("/api/auth/signout", { headers: { "sec-fetch-site": "cross-site" }, maxRedirects: 0 });
  expect(response.headers()["clear-site-data"]).toBeUndefined();
});
