import { expect, test } from "@playwright/test";
import { account, answerFinalCheck, course, drawnQuestionIds, signIn } from "../fixtures";

// A final check is drawn when she starts it and kept across reloads; the page never carries which
// option is right, and a failed attempt shows ideas to revisit, not answers. Without JavaScript, so
// the start and the submit are shown to work as plain forms.
test("a final-check attempt is drawn once, carries no answers, and a failure shows what to revisit", async ({ browser }) => {
  const withScript = await browser.newContext();
  await signIn(await withScript.newPage(), account("MEMBER").email, account("MEMBER").password);
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await withScript.storageState() });
  await withScript.close();
  const page = await context.newPage();
  const module = course.modules.find((m) => m.slug === "human-rights")!;
  const check = module.checks.final!;

  await page.goto(`/learn/${module.slug}/check`);
  await page.getByRole("button", { name: "Start the check" }).click();
  const ids = await drawnQuestionIds(page);
  expect(ids).toHaveLength(Math.min(check.show!, check.questions.length));
  const optionOrder = () => page.locator('form:has(input[name="drawId"]) input[type="radio"]').evaluateAll((inputs) => inputs.map((i) => `${(i as HTMLInputElement).name}=${(i as HTMLInputElement).value}`));
  const shown = await optionOrder();

  // A reload shows exactly the same questions in the same order with the same option order.
  await page.reload();
  expect(await drawnQuestionIds(page)).toEqual(ids);
  expect(await optionOrder()).toEqual(shown);

  // The open attempt's page source holds no option's feedback.
  const source = await page.content();
  for (const question of check.questions) for (const option of question.options) expect(source).not.toContain(option.feedback.slice(0, 40));
  // ("Correct." itself is in the page's interface messages, so the check is on what is shown.)
  for (const word of ["Correct.", "Not quite."]) await expect(page.getByText(word)).toHaveCount(0);

  await answerFinalCheck(page, module.slug, false);
  await page.getByRole("button", { name: "Check my answers" }).click();
  const result = page.getByRole("status").filter({ hasText: "You need 80% to pass." });
  await expect(result).toContainText(`You answered 0 of ${ids.length} correctly (0%).`);
  await expect(page.getByRole("heading", { name: "Ideas to revisit" })).toBeVisible();
  const items = result.getByRole("listitem");
  await expect(items).toHaveCount(ids.length);
  for (const id of ids) {
    const question = check.questions.find((q) => q.id === id)!;
    const href = question.revisit ? `/learn/${module.slug}/${question.revisit}` : `/learn/${module.slug}`;
    await expect(result.locator(`a[href="${href}"]`).first()).toBeVisible();
    if (question.idea) await expect(items.filter({ hasText: question.idea })).toHaveCount(1);
  }
  // Neither the right option nor her choice is shown (options long enough not to occur by chance).
  const after = await page.content();
  for (const id of ids) {
    for (const option of check.questions.find((q) => q.id === id)!.options) if (option.text.length > 20) expect(after).not.toContain(option.text);
  }

  // The next attempt draws again.
  await page.getByRole("button", { name: "Start a new attempt" }).click();
  await expect(page.locator('input[name="drawId"]')).toHaveCount(1);
  await context.close();
});
