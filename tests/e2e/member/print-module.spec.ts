import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { paragraphs } from "../../../lib/content/paragraphs";
import { account, course, signIn } from "../fixtures";

// The printable module: every lesson, the practice parts drawn for paper with their answers at the
// end, a scenario as numbered sections, no site chrome in print, and a phone's width on screen.
// axe is injected by the test, so the app's script policy is set aside (see accessibility.spec.ts).
test.use({ bypassCSP: true });

const module = course.modules.find((m) => m.lessons.some((l) => l.body.includes("<RiskMatrix")) && Object.keys(m.scenarios).length > 0)!;
const path = `/learn/${module.slug}/print`;
const idsOf = (component: string) => module.lessons.flatMap((l) => [...l.body.matchAll(new RegExp(`<${component} id="([^"]+)"`, "g"))].map((m) => m[1]!));

async function signInAsMember(page: Page) {
  await signIn(page, account("MEMBER").email, account("MEMBER").password);
}

test("signed out, the printable module sends her to sign in and back, like a lesson", async ({ page }) => {
  await page.goto(path);
  await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(path)}`);
});

test("the module page links to a printable view with every lesson, the answers at the end and scenarios as sections", async ({ page }) => {
  await signInAsMember(page);
  await page.goto(`/learn/${module.slug}`);
  await page.getByRole("link", { name: "Print this module" }).click();
  await expect(page).toHaveURL(path);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(module.frontmatter.title);
  for (const lesson of module.lessons) {
    await expect(page.getByRole("heading", { level: 2, name: lesson.frontmatter.title, exact: true })).toBeVisible();
  }
  // Nothing on it is a form: the interactive parts are drawn for paper.
  await expect(page.locator("main").locator("input, select, textarea, form")).toHaveCount(0);
  await expect(page.getByText("The module's final check is not printed")).toBeVisible();
  for (const question of module.checks.final!.questions) await expect(page.getByText(question.prompt, { exact: true })).toHaveCount(0);

  // A practice check shows lettered options and no answer; the answers section names the right letter and the feedback.
  const checkIds = idsOf("KnowledgeCheck").filter((id) => id !== "final");
  expect(checkIds.length).toBeGreaterThan(0);
  const answers = page.locator("#answers");
  await expect(answers.getByRole("heading", { level: 2, name: "Answers" })).toBeVisible();
  for (const id of checkIds) {
    const check = module.checks[id]!;
    const question = check.questions[0]!;
    const right = question.options.findIndex((o) => o.correct);
    const printed = page.locator(`section[aria-labelledby="check-${id}"]`);
    await expect(printed.getByText(`${String.fromCharCode(97 + right)}. ${question.options[right]!.text}`, { exact: true })).toBeVisible();
    await expect(printed.getByText(question.options[right]!.feedback)).toHaveCount(0);
    const answer = answers.locator(`#answers-${id}`);
    await expect(answer.getByRole("heading", { name: check.title })).toBeVisible();
    await expect(answer.getByText(`1. Answer: ${String.fromCharCode(97 + right)}`, { exact: true })).toBeVisible();
    await expect(answer.getByText(question.options[right]!.feedback)).toBeVisible();
  }

  // A scenario: every step is a numbered section, and a choice's "go to" leads to the step the choice names.
  for (const id of idsOf("Scenario")) {
    const scenario = module.scenarios[id]!;
    const printed = page.locator(`section[aria-labelledby="scenario-${id}"]`);
    await expect(printed.getByRole("heading", { level: 4, name: /^Section \d+$/ })).toHaveCount(Object.keys(scenario.steps).length);
    await expect(printed.locator(`#scenario-${id}-1`)).toContainText(paragraphs(scenario.steps[scenario.start]!.text)[0]!);
    for (const choice of scenario.steps[scenario.start]!.choices!) {
      const item = printed.locator(`#scenario-${id}-1 li`).filter({ hasText: choice.label });
      const goTo = item.getByRole("link", { name: /^Go to section \d+$/ });
      const target = (await goTo.getAttribute("href"))!;
      await expect(printed.locator(target)).toContainText(paragraphs(scenario.steps[choice.next]!.text)[0]!);
    }
    await expect(printed.getByRole("heading", { name: "Debrief" })).toBeVisible();
  }

  // A risk exercise: a row per hazard, with empty cells to rate on paper.
  for (const id of idsOf("RiskMatrix")) {
    const rows = page.getByRole("table", { name: module.risks[id]!.title }).locator("tbody tr");
    await expect(rows).toHaveCount(module.risks[id]!.hazards.length);
    await expect(rows.first().locator("td:empty")).toHaveCount(3);
  }
  for (const prompt of module.lessons.flatMap((l) => [...l.body.matchAll(/<Reflection [^>]*prompt="([^"]+)"/g)].map((m) => m[1]!))) {
    await expect(page.getByText(prompt, { exact: true })).toBeVisible();
  }

  // Glossary terms used in the lessons point to the module's glossary at the end.
  const term = page.locator('.prose a[href^="#term-"]').first();
  const entry = page.locator((await term.getAttribute("href"))!);
  await expect(entry.locator("dt")).toBeVisible();
  await expect(page.locator("#glossary").getByRole("heading", { name: "Glossary" })).toBeVisible();
});

test("in print the site's chrome and the print button are hidden and each lesson starts a page; on a phone it fits", async ({ page }) => {
  await signInAsMember(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(path);
  const header = page.locator("body > header");
  const printButton = page.getByRole("button", { name: "Print" });
  await expect(header).toBeVisible();
  await expect(printButton).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "scrolls sideways at 360 px").toBeLessThanOrEqual(0);

  await page.emulateMedia({ media: "print" });
  await expect(header).toBeHidden();
  await expect(page.locator("body > footer")).toBeHidden();
  await expect(printButton).toBeHidden();
  const lessonBreaks = await page.locator('section[id^="lesson-"]').evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
  expect(lessonBreaks).toEqual(module.lessons.map(() => "page"));
  // Black on white: lesson text that is grey on screen prints black.
  expect(await page.locator("main .prose p").first().evaluate((p) => getComputedStyle(p).color)).toBe("rgb(0, 0, 0)");
});

for (const locale of ["en", "ar"] as const) {
  test(`the printable module has no serious accessibility problems (${locale})`, async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "locale", value: locale, url: baseURL! }]);
    await signInAsMember(page);
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    // The module is translated into Arabic: the printable module is in her language too.
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", locale);
    const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id} (${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")})`);
    expect(serious).toEqual([]);
  });
}
