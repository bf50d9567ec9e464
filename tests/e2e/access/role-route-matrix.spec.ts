import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { account, introduction, signIn } from "../fixtures";

// Every page and route handler in app/, found on disk, tried by every kind of caller. A route with
// no row in EXPECTED fails the test, so a new page cannot be added without saying who may see it.
// Server actions get the same treatment in tests/integration/fuzz (every action, every caller).

type Caller = "signedOut" | "member" | "trainer" | "otherTrainer" | "coordinator" | "admin";
type Outcome = 200 | 400 | 403 | 404 | 401 | 429 | "signin";
const CALLERS: Caller[] = ["signedOut", "member", "trainer", "otherTrainer", "coordinator", "admin"];

const everyone = (status: Outcome) => Object.fromEntries(CALLERS.map((caller) => [caller, status])) as Record<Caller, Outcome>;
const signedIn = (rest: Partial<Record<Caller, Outcome>>, fallback: Outcome): Record<Caller, Outcome> => ({
  ...everyone(fallback),
  signedOut: "signin",
  ...rest,
});
const STAFF = { member: 403 } as const;
const COORDINATION = { member: 403, trainer: 403, otherTrainer: 403 } as const;

// "otherTrainer" is the demo trainer looking at a cohort she does not run: it does not exist for her.
const EXPECTED: Record<string, Record<Caller, Outcome>> = {
  "/": everyone(200),
  "/about": everyone(200),
  "/glossary": everyone(200),
  "/sources": everyone(200),
  "/signin": everyone(200),
  "/forgot-password": everyone(200),
  "/reset-password/[token]": everyone(200),
  "/invite/[token]": everyone(200),
  "/api/health": everyone(200),
  // The header's "signed in, which links": answers everyone, with nothing but that.
  "/api/me": everyone(200),
  // Any address no page answers: the not-found page in her language.
  "/[...unknown]": everyone(404),
  // The offline fallback and the service worker script: the same for everyone, nothing personal.
  "/offline": everyone(200),
  "/serwist/[path]": everyone(200),
  "/account": signedIn({}, 200),
  "/learn": signedIn({}, 200),
  "/learn/[module]": signedIn({}, 200),
  "/learn/[module]/[lesson]": signedIn({}, 200),
  "/learn/[module]/[lesson]/english": signedIn({}, 200),
  // Only a translated lesson has one; the matrix reads the English course.
  "/learn/[module]/[lesson]/report": signedIn({}, 404),
  "/learn/[module]/check": signedIn({}, 200),
  "/learn/[module]/print": signedIn({}, 200),
  "/learn/memo": signedIn({}, 200),
  // Trainers mark their cohorts' memos, coordinators those of members nobody trains; admins get no
  // access to memo text. A memo id outside her scope is simply not found.
  "/reviews": signedIn({ member: 403, admin: 403 }, 200),
  "/reviews/[memoId]": signedIn({ member: 403, admin: 403 }, 404),
  "/learn/course-test": signedIn({}, 200),
  // The demo accounts hold no certificate: her own page explains why, the files are not there.
  "/learn/certificate": signedIn({}, 200),
  "/learn/certificate/pdf": { ...everyone(404), signedOut: 401 },
  "/learn/certificate/credential": { ...everyone(404), signedOut: 401 },
  // Public: anyone may check a certificate; an id that does not exist is a 404.
  "/verify/[id]": everyone(404),
  "/verify/jwks.json": everyone(200),
  "/verify/too-many": everyone(429),
  "/cohorts": signedIn(STAFF, 200),
  "/cohorts/[cohortId]": signedIn({ ...STAFF, otherTrainer: 404 }, 200),
  "/cohorts/[cohortId]/members/[userId]": signedIn({ ...STAFF, otherTrainer: 404 }, 200),
  "/invitations": signedIn(STAFF, 200),
  "/reports": signedIn(COORDINATION, 200),
  "/reports/export": { ...signedIn(COORDINATION, 200), signedOut: 401 },
  "/reports/learning-gain": signedIn(COORDINATION, 200),
  "/reports/questions": signedIn(COORDINATION, 200),
  "/reports/learning-gain/export": { ...signedIn(COORDINATION, 200), signedOut: 401 },
  "/reports/certificates": signedIn(COORDINATION, 200),
  "/reports/certificates/export": { ...signedIn(COORDINATION, 200), signedOut: 401 },
  "/reports/translations": signedIn(COORDINATION, 200),
  "/reports/translations/export": { ...signedIn(COORDINATION, 200), signedOut: 401 },
  // Facilitator guides are for whoever runs a session; job aids are for every member to print.
  "/guides": signedIn(STAFF, 200),
  "/guides/[module]": signedIn(STAFF, 200),
  "/job-aids": signedIn({}, 200),
  "/job-aids/[aid]": signedIn({}, 200),
  "/admin/users": signedIn({ member: 403, trainer: 403, otherTrainer: 403, coordinator: 403 }, 200),
  // The offline queue's endpoints take POST only (see POSTED below).
  "/api/offline/sync": { ...everyone(400), signedOut: 401 },
  "/api/offline/modules/[module]/final-check": { ...everyone(404), signedOut: 401 },
  // What a device keeps for a module, and every module's version: for anyone who studies.
  "/api/offline/modules": { ...everyone(200), signedOut: 401 },
  "/api/offline/modules/[module]": { ...everyone(200), signedOut: 401 },
};
// Route handlers answer data, not a page: fetched rather than navigated to.
const ROUTE_HANDLERS = ["/api/me", "/api/offline/modules", "/api/offline/modules/[module]", "/offline", "/serwist/[path]", "/reports/export", "/reports/learning-gain/export", "/api/health", "/learn/certificate/pdf", "/learn/certificate/credential", "/verify/jwks.json", "/verify/too-many", "/reports/certificates/export", "/reports/translations/export"];
// Route handlers that answer POST only, sent a request that changes nothing: an empty item (400
// once signed in), and a module that does not exist (404), since preparing a real one starts an attempt.
const POSTED: Record<string, string> = {
  "/api/offline/sync": "/api/offline/sync",
  "/api/offline/modules/[module]/final-check": "/api/offline/modules/no-such-module/final-check",
};
// next-auth's own endpoints are its business, not a page of ours.
const NOT_PAGES = ["/api/auth/[...nextauth]"];

function appRoutes(dir = path.resolve(import.meta.dirname, "../../../app"), prefix = ""): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name.startsWith("_")) continue;
      // Route groups and the language segment (proxy.ts adds it) are not in the address.
      const segment = /^\(.*\)$/.test(entry.name) || entry.name === "[locale]" ? "" : `/${entry.name}`;
      routes.push(...appRoutes(path.join(dir, entry.name), prefix + segment));
    } else if (entry.name === "page.tsx" || entry.name === "route.ts") {
      routes.push(prefix || "/");
    }
  }
  return routes.filter((route) => !NOT_PAGES.includes(route)).sort();
}

test("every route of the app has a row in the matrix", () => {
  expect(appRoutes()).toEqual(Object.keys(EXPECTED).sort());
});

async function as(page: Page, caller: Caller) {
  if (caller === "signedOut") return;
  const role = caller === "otherTrainer" ? "TRAINER" : (caller.toUpperCase() as "MEMBER" | "TRAINER" | "COORDINATOR" | "ADMIN");
  await signIn(page, account(role).email, account(role).password);
}

test.describe.serial("role × route", () => {
  // The server's answers are what is checked here: the service worker (tested in tests/e2e/offline)
  // would only add a hop to each of the 40-odd page loads per caller.
  test.use({ serviceWorkers: "block" });
  const params: Record<string, string> = { module: "introduction", lesson: introduction.lessons[0]!.slug, token: "not-a-real-token", id: "AAAAAAAAAAAAAAAAAAAAAAAA", memoId: "c00000000000000000000000", aid: "risk-template", path: "sw.js", unknown: "no/such/page" };
  let otherCohortId = "";

  test.beforeAll(async ({ browser }) => {
    // The demo trainer's cohort and one of its members, as the trainer sees them.
    const trainer = await browser.newPage();
    await as(trainer, "trainer");
    await trainer.goto("/cohorts");
    const href = await trainer.locator('main a[href^="/cohorts/"]').first().getAttribute("href");
    params.cohortId = href!.split("/")[2]!;
    await trainer.goto(href!);
    const memberHref = await trainer.locator('main a[href*="/members/"]').first().getAttribute("href");
    params.userId = memberHref!.split("/")[4]!;
    await trainer.close();
    // A cohort the coordinator runs and the demo trainer does not.
    const coordinator = await browser.newPage();
    await as(coordinator, "coordinator");
    await coordinator.goto("/cohorts");
    await coordinator.getByLabel("Name", { exact: true }).fill(`Matrix cohort ${Date.now()}`);
    await coordinator.getByRole("button", { name: "Create cohort" }).click();
    await expect(coordinator).toHaveURL(/\/cohorts\/[a-z0-9]+$/);
    otherCohortId = coordinator.url().split("/").pop()!;
    await coordinator.close();
  });

  for (const caller of CALLERS) {
    test(`${caller}: every route answers as the matrix says`, async ({ page }) => {
      await as(page, caller);
      const problems: string[] = [];
      for (const [route, outcomes] of Object.entries(EXPECTED)) {
        const cohortId = caller === "otherTrainer" ? otherCohortId : params.cohortId!;
        const url = route.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => (name === "cohortId" ? cohortId : params[name]!));
        const expected = outcomes[caller];
        // The API client keeps its connection open between requests, and the server closes one idle
        // for 5 s (while the pages between are loaded by the browser): a send that meets the close
        // fails with ECONNRESET before reaching the app. These requests change nothing, so they are sent again.
        if (POSTED[route]) {
          const response = await page.request.post(POSTED[route]!, { data: {}, maxRetries: 2 });
          if (response.status() !== expected) problems.push(`POST ${POSTED[route]}: ${response.status()}, expected ${expected}`);
          continue;
        }
        if (ROUTE_HANDLERS.includes(route)) {
          const response = await page.request.get(url, { maxRetries: 2 });
          if (response.status() !== expected) problems.push(`${url}: ${response.status()}, expected ${expected}`);
          continue;
        }
        const response = await page.goto(url);
        if (expected === "signin") {
          if (!new URL(page.url()).pathname.startsWith("/signin")) problems.push(`${url}: ended at ${page.url()}, expected sign-in`);
        } else if (response?.status() !== expected) {
          problems.push(`${url}: ${response?.status()}, expected ${expected}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
