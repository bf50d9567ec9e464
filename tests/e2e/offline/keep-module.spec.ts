import { expect, test, type Page } from "@playwright/test";
import { DEVICE_DATABASE } from "../../../lib/offline/storage-names";
import { answerCheck, answerFinalCheck, introduction, inviteNewMember, signOut } from "../fixtures";
import { cachedPaths, databaseNames, underServiceWorker } from "./helpers";

const modulePath = "/learn/introduction";
const [first, second] = introduction.lessons;
const firstPath = `${modulePath}/${first!.slug}`;
// The first lesson's practice check, read from the lesson itself.
const practiceId = /<KnowledgeCheck id="([^"]+)"/.exec(first!.body)![1]!;

/** A new member with the introduction kept on her device, the page under the service worker. */
async function memberWithKeptModule(page: Page) {
  await underServiceWorker(page);
  await page.goto(modulePath);
  await page.getByRole("button", { name: "Keep for offline" }).click();
  await expect(page.getByText(/Kept on this device since .*: \d+ pages, \d+\.\d MB\./)).toBeVisible();
  expect(await cachedPaths(page)).toEqual(expect.arrayContaining([modulePath, firstPath, "/glossary"]));
}

/** Offline, on the module page: answers the final check kept on the device, every answer right, and sees it queued. */
async function answerFinalCheckOnDevice(page: Page) {
  await page.goto(modulePath);
  await page.getByRole("button", { name: "Answer the final check offline" }).click();
  await answerFinalCheck(page, "introduction", true);
  await page.getByRole("button", { name: "Check my answers" }).click();
  await expect(page.getByText("Your answers to the final check are waiting to send.", { exact: false })).toBeVisible();
}

/** Her device's record of things to send, read from IndexedDB. */
function queued(page: Page): Promise<{ item: { clientId: string; kind: string }; state: string }[]> {
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction("queue").objectStore("queue").getAll();
          read.onsuccess = () => {
            open.result.close();
            resolve(read.result);
          };
        };
      }),
    DEVICE_DATABASE,
  );
}

/** The content version her device holds for a kept module. */
function keptVersion(page: Page, moduleSlug: string): Promise<string> {
  return page.evaluate(
    ({ name, slug }) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction("modules").objectStore("modules").get(slug);
          read.onsuccess = () => {
            open.result.close();
            resolve(read.result.version);
          };
        };
      }),
    { name: DEVICE_DATABASE, slug: moduleSlug },
  );
}

/** Changes the version her device holds for a kept module, as if it had been kept from an older build. */
function makeStale(page: Page, moduleSlug: string) {
  return page.evaluate(
    ({ name, slug }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction("modules", "readwrite").objectStore("modules");
          const read = store.get(slug);
          read.onsuccess = () => {
            const write = store.put({ ...read.result, version: "an-older-version" });
            write.onsuccess = () => {
              open.result.close();
              resolve();
            };
          };
        };
      }),
    { name: DEVICE_DATABASE, slug: moduleSlug },
  );
}

test("kept for offline: she reads, practises, completes a lesson and answers the final check with no connection; back online each is recorded once", async ({ browser }) => {
  const page = await inviteNewMember(browser, "Farida");
  const context = page.context();
  await memberWithKeptModule(page);

  await context.setOffline(true);
  await page.goto(firstPath);
  await expect(page.getByRole("heading", { level: 1, name: first!.frontmatter.title })).toBeVisible();
  // The practice check is marked on the device, with its feedback.
  await answerCheck(page, "introduction", practiceId, true);
  await page.locator(`form:has(input[name="checkId"][value="${practiceId}"])`).getByRole("button", { name: "Check my answers" }).click();
  await expect(page.getByText(/You answered (\d+) of \1 correctly \(100%\)\./)).toBeVisible();

  await page.getByRole("button", { name: "Mark complete and continue" }).click();
  await expect(page).toHaveURL(new RegExp(`${second!.slug}$`));
  await expect(page.getByText(`${first!.frontmatter.title}: marked complete, waiting to send.`)).toBeVisible();

  await answerFinalCheckOnDevice(page);
  expect((await queued(page)).map((entry) => [entry.item.kind, entry.state])).toEqual([
    ["complete-lesson", "waiting"],
    ["submit-final-check", "waiting"],
  ]);

  await context.setOffline(false);
  await expect(page.getByText(`${introduction.frontmatter.title}: your final check was marked. Score 100%: passed.`)).toBeVisible();
  const sent = await queued(page);
  expect(sent.map((entry) => [entry.item.kind, entry.state])).toEqual([["submit-final-check", "answered"]]);

  // The server has both; sending the final check again is answered from its record, not recorded twice.
  await page.reload();
  await expect(page.getByRole("listitem").filter({ hasText: `1. ${first!.frontmatter.title}` })).toContainText("· done");
  const replay = await page.request.post("/api/offline/sync", { data: sent[0]!.item });
  expect(replay.status()).toBe(200);
  expect(await replay.json()).toMatchObject({ status: "accepted", replayed: true, result: { score: 100, passed: true } });
  await page.goto(`${modulePath}/check`);
  await expect(page.getByText(/100%/).first()).toBeVisible();
  await context.close();
});

test("a final check answered offline after she answered the same attempt elsewhere is refused, and she is told", async ({ browser }) => {
  const page = await inviteNewMember(browser, "Gulnora");
  const context = page.context();
  await memberWithKeptModule(page);
  await context.setOffline(true);
  await answerFinalCheckOnDevice(page);

  // Meanwhile, on another device signed in as her, she answers the same attempt online.
  const other = await browser.newContext({ storageState: await context.storageState() });
  const otherPage = await other.newPage();
  await otherPage.goto(`${modulePath}/check`);
  await answerFinalCheck(otherPage, "introduction", false);
  await otherPage.getByRole("button", { name: "Check my answers" }).click();
  await expect(otherPage.getByText(/You need \d+% to pass/)).toBeVisible();
  await other.close();

  await context.setOffline(false);
  await expect(page.getByText(`${introduction.frontmatter.title}: not recorded. This attempt was already sent or replaced`, { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByRole("heading", { name: "Done on this device" })).toHaveCount(0);
  await context.close();
});

test("a kept module whose content changed is updated the next time she is online, and she is told; signing out removes it", async ({ browser }) => {
  const page = await inviteNewMember(browser, "Parwin");
  const context = page.context();
  await memberWithKeptModule(page);
  await makeStale(page, "introduction");

  await page.goto("/learn");
  await expect(page.getByText(`The course was updated. The copy on this device was updated too: ${introduction.frontmatter.title}.`)).toBeVisible();
  const current = await page.evaluate(async () => (await (await fetch("/api/offline/modules")).json()).versions.introduction);
  expect(current).toMatch(/^[0-9a-f]{16}$/);
  expect(await keptVersion(page, "introduction")).toBe(current);
  await page.reload();
  await expect(page.getByText(/The course was updated/)).toHaveCount(0);

  await signOut(page);
  expect(await databaseNames(page)).not.toContain(DEVICE_DATABASE);
  expect(await cachedPaths(page)).not.toContain(firstPath);
  await context.close();
});

test("online but reaching nothing, a lesson she marks complete waits on her device and is sent when the server answers again", async ({ browser }) => {
  const invited = await inviteNewMember(browser, "Zarina");
  // Without the service worker: a request passing through it is out of page.route's sight.
  const context = await browser.newContext({ storageState: await invited.context().storageState(), serviceWorkers: "block" });
  await invited.context().close();
  const page = await context.newPage();
  await page.goto(firstPath, { waitUntil: "networkidle" });
  // The browser says it is online, but the lesson's "Mark complete" request never reaches the server.
  let unsent = 0;
  await page.route(`**${firstPath}`, (route) => {
    if (route.request().method() !== "POST") return route.fallback();
    unsent += 1;
    return route.abort("internetdisconnected");
  });

  await page.getByRole("button", { name: "Mark complete and continue" }).click();
  await expect(page).toHaveURL(new RegExp(`${second!.slug}$`));
  expect(unsent).toBe(1);
  // The next page load finds the server again and sends the queue: the lesson is done there.
  await expect(async () => {
    await page.goto(modulePath);
    await expect(page.getByRole("listitem").filter({ hasText: `1. ${first!.frontmatter.title}` })).toContainText("· done", { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  // A send cut short by leaving the page is sent again from the next one (once on the server, by its id).
  await expect.poll(() => queued(page), { timeout: 10_000 }).toEqual([]);
  await context.close();
});
