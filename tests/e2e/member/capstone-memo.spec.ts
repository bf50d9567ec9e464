import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { account, fillMemo, markLatestMemo, memoWords as words, signIn } from "../fixtures";

// The capstone memo from both sides with the demo accounts (the demo trainer runs the demo
// member's cohort): draft, submit, returned with comments, revised in Arabic, resubmitted, accepted.

const DEMO_MEMBER = { name: "Demo member", cohort: "Dushanbe pilot cohort (demo)" };

// axe is injected by the test; the app's script policy is tested in headers-and-bad-input.spec.ts.
test.use({ bypassCSP: true });

async function seriousAccessibilityProblems(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
}

test.describe.serial("capstone memo", () => {
  test("without JavaScript the memo form still saves a draft", async ({ browser }) => {
    // Sign-in itself needs scripts; the memo form is what must work without them.
    const withScript = await browser.newContext();
    await signIn(await withScript.newPage(), account("MEMBER").email, account("MEMBER").password);
    const context = await browser.newContext({ javaScriptEnabled: false, storageState: await withScript.storageState() });
    await withScript.close();
    const page = await context.newPage();
    await page.goto("/learn/memo");
    await page.locator('textarea[name="system"]').fill("Saved without scripts.");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.locator("main").getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
    await page.goto("/learn/memo");
    await expect(page.locator('textarea[name="system"]')).toHaveValue("Saved without scripts.");
    await context.close();
  });

  test("the member keeps a draft, is held to the word range, and submits", async ({ page }) => {
    await signIn(page, account("MEMBER").email, account("MEMBER").password);
    await page.goto("/learn/capstone");
    await page.getByRole("link", { name: "Write your risk memo" }).click();
    await expect(page).toHaveURL("/learn/memo");
    await expect(page.getByTestId("memo-status")).toContainText("Draft, not submitted yet");
    await expect(page.getByText("your memo goes to the trainers of your cohort")).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Sound" })).toBeVisible();

    await fillMemo(page, 5);
    // 80 + 2×40 + 3×40 + 5 words, counted as she types.
    await expect(page.getByTestId("memo-word-count")).toContainText("285 words");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.locator("main").getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
    await page.reload();
    await expect(page.locator('textarea[name="recommendation"]')).toHaveValue(words(5, "delay"));

    await page.getByRole("button", { name: "Submit for marking" }).click();
    await expect(page.locator("main").getByRole("alert")).toContainText("not submitted");
    await expect(page.getByText("Your memo is shorter than the brief asks")).toBeVisible();
    await expect(page.getByTestId("memo-status")).toContainText("Draft, not submitted yet");

    await page.locator('textarea[name="recommendation"]').fill(words(50, "delay"));
    await expect(page.getByTestId("memo-word-count")).toContainText("330 words");
    await page.getByRole("button", { name: "Submit for marking" }).click();
    await expect(page.getByTestId("memo-status")).toContainText("Submitted, waiting for marking");
    await expect(page.getByTestId("memo-status")).toContainText("You submitted version 1");
    await expect(page.locator('textarea[name="system"]')).toHaveCount(0);
  });

  test("the trainer finds it in her queue and returns it with comments", async ({ page }) => {
    await signIn(page, account("TRAINER").email, account("TRAINER").password);
    await page.getByRole("link", { name: "Memos to mark" }).click();
    await expect(page.getByRole("row", { name: /Demo member/ })).toContainText("1");
    await page.getByRole("row", { name: /Demo member/ }).getByRole("link", { name: /Mark/ }).click();
    await expect(page.getByRole("heading", { name: "Risk memo by Demo member" })).toBeVisible();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await markLatestMemo(page, DEMO_MEMBER, "not-yet", "Return for revision");
    await expect(page.locator("main").getByRole("alert")).toContainText("not saved");
    await expect(page.getByText("Write comments that tell the member what to change.")).toBeVisible();
    await page.getByLabel("Comments for the member").fill("Rate the exposure of victims' data again: it is rare but grave.");
    await page.getByRole("button", { name: "Return for revision" }).click();
    await expect(page).toHaveURL(/\/reviews\?marked=RETURNED$/);
    await expect(page.locator("main").getByRole("status")).toContainText("returned to the member");
    await expect(page.getByRole("row", { name: /Demo member/ })).toHaveCount(0);
  });

  test("the member reads the comments and revises in Arabic, right to left, and resubmits", async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel("Language").selectOption("ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await signIn(page, account("MEMBER").email, account("MEMBER").password);
    await page.goto("/learn/memo");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByTestId("memo-status")).toContainText("أُعيدت للمراجعة");
    await expect(page.getByText("Rate the exposure of victims' data again").first()).toBeVisible();
    // The brief is translated course text (content/translations/ar/), marked Arabic and right to left.
    await expect(page.locator('label[for$="-system"]')).toHaveAttribute("lang", "ar");
    await expect(page.locator('label[for$="-system"]')).toHaveAttribute("dir", "rtl");
    await page.locator('select[name="risk.2.likelihood"]').selectOption("2");
    await page.locator('textarea[name="risk.2.mitigation"]').fill(`${words(40, "screen")} ${words(10, "encrypt")}`);
    await page.getByRole("button", { name: "إرسال للتقييم" }).click();
    await expect(page.getByTestId("memo-status")).toContainText("أُرسلت، بانتظار التقييم");
    await expect(page.getByRole("heading", { name: "النسخة 1" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "النسخة 2" })).toBeVisible();
    await page.getByLabel("اللغة").selectOption("en");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  });

  test("the trainer sees the history and accepts the new version; the member sees it final", async ({ page, browser }) => {
    await signIn(page, account("TRAINER").email, account("TRAINER").password);
    await page.goto("/reviews");
    await expect(page.getByRole("row", { name: /Demo member/ })).toContainText("2");
    await markLatestMemo(page, DEMO_MEMBER, "sound", "Accept the memo", "Clear, honest and well argued.");
    await expect(page).toHaveURL(/\/reviews\?marked=ACCEPTED$/);
    await expect(page.locator("main").getByRole("status")).toContainText("the memo is accepted");
    await expect(page.getByText("No memo is waiting for you.")).toBeVisible();

    const member = await browser.newPage();
    await signIn(member, account("MEMBER").email, account("MEMBER").password);
    await member.goto("/learn/memo");
    await expect(member.getByTestId("memo-status")).toContainText("Accepted");
    await expect(member.getByTestId("memo-status")).toContainText("It is final.");
    await expect(member.locator('textarea[name="system"]')).toHaveCount(0);
    await expect(member.getByText("Clear, honest and well argued.")).toBeVisible();
    await expect(member.getByText("Rate the exposure of victims' data again")).toBeVisible();
    await member.close();
  });

  test("the coordinator sees counts by state, not the memo", async ({ page }) => {
    await signIn(page, account("COORDINATOR").email, account("COORDINATOR").password);
    // Only the demo cohort's country: the seeded graduates (accepted memos, no cohort) stay out.
    await page.goto("/reports?country=TJ");
    const counts = page.getByTestId("memo-counts");
    await expect(counts.getByRole("row", { name: /^Accepted/ })).toContainText("1");
    await expect(page.getByText("Clear, honest and well argued.")).toHaveCount(0);
    await page.goto("/reviews");
    await expect(page.getByRole("row", { name: /Demo member/ })).toHaveCount(0);
  });
});
