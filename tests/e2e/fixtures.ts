import { readFileSync } from "node:fs";
import { expect, type Browser, type Page } from "@playwright/test";
import { loadCourse } from "../../lib/content/load";
import type en from "../../lib/i18n/messages/en.json";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";

export const account = (role: "MEMBER" | "TRAINER" | "COORDINATOR" | "ADMIN") => DEMO_ACCOUNTS.find((a) => a.role === role)!;

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.locator('main input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('main form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/learn$/);
}

export async function signOut(page: Page, label = "Sign out") {
  await page.getByRole("button", { name: label }).click();
  await expect(page.getByRole("link", { name: /sign in/i }).first()).toBeVisible();
}

/** A language's interface messages, read as the server reads them (a test names buttons by them). */
export const messagesOf = (locale: string): typeof en =>
  JSON.parse(readFileSync(new URL(`../../lib/i18n/messages/${locale}.json`, import.meta.url), "utf8")) as typeof en;

/** The course as the tests know it: read from the same files the server reads. */
export const course = await loadCourse();
export const introduction = course.modules.find((m) => m.slug === "introduction")!;

const checkOf = (moduleSlug: string, checkId: string) => course.modules.find((m) => m.slug === moduleSlug)!.checks[checkId]!;

/** Option ids that answer a practice check right (or wrong), with every option's feedback. */
export function answersFor(moduleSlug: string, checkId: string, right: boolean) {
  return checkOf(moduleSlug, checkId).questions.map((q) => ({
    id: q.id,
    option: q.options.find((o) => (right ? o.correct : !o.correct))!.id,
    feedback: q.options.map((o) => o.feedback),
  }));
}

export async function answerCheck(page: Page, moduleSlug: string, checkId: string, right: boolean) {
  for (const answer of answersFor(moduleSlug, checkId, right)) {
    await page.locator(`input[name="answer.${answer.id}"][value="${answer.option}"]`).check();
  }
}

/** The question ids of the open final-check attempt, in the order shown, read from its input names. */
export async function drawnQuestionIds(page: Page): Promise<string[]> {
  await expect(page.locator('input[name="drawId"]')).toHaveCount(1);
  const names = await page.locator('form:has(input[name="drawId"]) input[type="radio"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).name));
  return [...new Set(names)].map((name) => name.slice("answer.".length));
}

/** Answers the open final-check attempt as drawn on the page, every answer right (or wrong). */
export async function answerFinalCheck(page: Page, moduleSlug: string, right: boolean) {
  const check = checkOf(moduleSlug, "final");
  const ids = await drawnQuestionIds(page);
  expect(ids.length).toBe(Math.min(check.show!, check.questions.length));
  for (const id of ids) {
    const option = check.questions.find((q) => q.id === id)!.options.find((o) => (right ? o.correct : !o.correct))!;
    await page.locator(`input[name="answer.${id}"][value="${option.id}"]`).check();
  }
}

/** A new member with no progress, through an administrator's invitation; returns her page, signed in. */
export async function inviteNewMember(browser: Browser, name: string, password = "new member password"): Promise<Page> {
  const admin = await browser.newPage();
  await signIn(admin, account("ADMIN").email, account("ADMIN").password);
  await admin.goto("/invitations");
  await admin.getByLabel("Email").fill(`${name.toLowerCase()}-${Date.now()}@test.local`);
  await admin.getByRole("button", { name: "Create invitation" }).click();
  const link = new URL(await admin.getByTestId("invitation-link").inputValue()).pathname;
  await admin.close();

  const page = await browser.newPage();
  await page.goto(link);
  await page.getByLabel("Name shown in the course").fill(name);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Password again").fill(password);
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/learn$/);
  return page;
}

/** `n` words of filler for memo sections, counted as words by the memo's word range. */
export const memoWords = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word}${i % 7}`).join(" ");

/** Fills every section of the capstone memo form: 285 words plus the recommendation's. */
export async function fillMemo(page: Page, recommendationWords: number) {
  await page.locator('textarea[name="system"]').fill(memoWords(80, "linkscore"));
  for (const principle of ["lawfulness", "fairness"]) {
    await page.locator(`input[name="principle.${principle}"]`).check();
    await page.locator(`textarea[name="principleWhy.${principle}"]`).fill(memoWords(40, principle));
  }
  const hazards = ["victim-scored-as-trafficker", "score-treated-as-evidence", "victim-data-exposed"];
  for (const [row, hazard] of hazards.entries()) {
    await page.locator(`select[name="risk.${row}.hazard"]`).selectOption(hazard);
    await page.locator(`select[name="risk.${row}.likelihood"]`).selectOption(String(4 - row));
    await page.locator(`select[name="risk.${row}.severity"]`).selectOption("5");
    await page.locator(`textarea[name="risk.${row}.mitigation"]`).fill(memoWords(40, "screen"));
  }
  await page.locator('textarea[name="recommendation"]').fill(memoWords(recommendationWords, "delay"));
}

/** The demo trainer marks the latest version of a member's memo from her queue (every criterion at `level`). */
export async function markLatestMemo(page: Page, member: { name: string; cohort: string }, level: string, button: string, comments?: string) {
  await page.goto("/reviews");
  const row = page.getByRole("row", { name: new RegExp(member.name) });
  await expect(row).toContainText(member.cohort);
  await row.getByRole("link", { name: /Mark/ }).click();
  await expect(page).toHaveURL(/\/reviews\/[a-z0-9]+$/);
  for (const radio of await page.locator(`input[type="radio"][value="${level}"]`).all()) await radio.check();
  if (comments) await page.getByLabel("Comments for the member").fill(comments);
  await page.getByRole("button", { name: button }).click();
}
