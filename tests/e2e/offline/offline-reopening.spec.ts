import { expect, test } from "@playwright/test";
import { account, introduction, signIn } from "../fixtures";
import { cachedEntries, cachedPaths, underServiceWorker } from "./helpers";

const [lesson] = introduction.lessons;
const lessonPath = `/learn/introduction/${lesson!.slug}`;

test("a lesson she opened reopens offline; a page she never opened shows the offline page", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account("MEMBER").email, account("MEMBER").password);
  await underServiceWorker(page);

  await page.goto(lessonPath);
  await expect(page.getByRole("heading", { level: 1, name: lesson!.frontmatter.title })).toBeVisible();
  await expect.poll(() => cachedPaths(page)).toContain(lessonPath);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: lesson!.frontmatter.title })).toBeVisible();

  await page.goto("/glossary");
  await expect(page.getByRole("heading", { name: "You are offline", exact: true })).toBeVisible();
  await expect(page.locator('section[lang="ar"][dir="rtl"]')).toBeVisible();
  // A page the worker never keeps falls back the same way.
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "You are offline", exact: true })).toBeVisible();
  await context.close();
});

test("her account, reports, checks and RSC payloads are never in Cache Storage", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account("MEMBER").email, account("MEMBER").password);
  await underServiceWorker(page);

  await page.goto(lessonPath);
  for (const path of ["/account", "/reports", "/learn/introduction/check", "/learn/memo", "/learn/certificate"]) await page.goto(path);
  await page.goto(lessonPath);
  // Following links inside the app (RSC requests) between visits.
  await page.getByRole("navigation", { name: /breadcrumb/i }).getByRole("link", { name: introduction.frontmatter.title }).click();
  await expect(page).toHaveURL(/\/learn\/introduction$/);

  await expect.poll(() => cachedPaths(page)).toContain(lessonPath);
  const paths = await cachedPaths(page);
  for (const path of ["/account", "/reports", "/learn/introduction/check", "/learn/memo", "/learn/certificate"]) expect(paths).not.toContain(path);
  const pages = (await cachedEntries(page)).filter((entry) => entry.cache === "course-pages");
  expect(pages.length).toBeGreaterThan(0);
  expect(await page.evaluate(async () => (await (await caches.open("course-pages")).keys()).filter((r) => new URL(r.url).searchParams.has("_rsc")).length)).toBe(0);
  await context.close();
});
