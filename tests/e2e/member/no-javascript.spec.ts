import { expect, test } from "@playwright/test";
import { account, answerCheck, course, signIn } from "../fixtures";

// Lessons stay usable on a phone that blocks or cannot load scripts: checks post as plain forms,
// scenarios read as linked sections, terms link to the glossary, notes save.
test("lessons and their components work without JavaScript", async ({ browser }) => {
  const withScript = await browser.newContext();
  await signIn(await withScript.newPage(), account("MEMBER").email, account("MEMBER").password);
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await withScript.storageState() });
  await withScript.close();
  const page = await context.newPage();

  const fairness = course.modules.find((m) => m.slug === "fairness")!;
  const lesson = fairness.lessons.find((l) => l.body.includes("<Scenario") && l.body.includes("<KnowledgeCheck") && l.body.includes("<Reflection"))!;
  await page.goto(`/learn/fairness/${lesson.slug}`);

  const scenarioId = /<Scenario id="([^"]+)"/.exec(lesson.body)![1]!;
  const scenario = fairness.scenarios[scenarioId]!;
  const firstChoice = scenario.steps[scenario.start]!.choices![0]!;
  await page.getByRole("link", { name: firstChoice.label }).click();
  await expect(page).toHaveURL(new RegExp(`#scenario-${scenarioId}-${firstChoice.next}$`));
  await expect(page.getByRole("heading", { name: "Debrief" })).toBeVisible();

  const term = page.locator('a[href^="/glossary#"]').first();
  await expect(term).toBeVisible();

  const checkId = /<KnowledgeCheck id="([^"]+)"/.exec(lesson.body)![1]!;
  await answerCheck(page, "fairness", checkId, true);
  await page.getByRole("button", { name: /Check my answers/ }).first().click();
  await expect(page.getByText("Correct.").first()).toBeVisible();

  const note = `Written without scripts ${Date.now()}`;
  await page.locator("textarea[name=text]").first().fill(note);
  await page.getByRole("button", { name: "Save my note" }).first().click();
  // The page answering the save shows the note as saved. (The lesson itself is built once for
  // everyone: her saved notes fill in when scripts run.)
  await expect(page.getByText("Saved.").first()).toBeVisible();
  await expect(page.locator("textarea[name=text]").first()).toHaveValue(note);
  await context.close();
});
