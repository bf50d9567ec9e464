import { expect, test } from "@playwright/test";
import { course, inviteNewMember } from "../fixtures";

// The optional starting test: offered before the first lesson, refused blank, answered, and shown
// back per principle; skippable in Arabic, right to left.
const principleTitles = course.modules.filter((m) => !["introduction", "capstone"].includes(m.frontmatter.principle)).map((m) => m.frontmatter.title);

test("a new member takes the starting test and sees her result per principle", async ({ browser }) => {
  const page = await inviteNewMember(browser, "Roya");
  await page.getByRole("link", { name: "Course test (optional)" }).click();
  await page.getByRole("button", { name: "Start the test" }).click();
  const questions = page.locator("form fieldset");
  await expect(questions).toHaveCount(12);

  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText("Answer every question, then check your answers.");
  await expect(page.getByText("Choose an answer.").first()).toBeVisible();

  // A reload shows the same paper.
  const before = await questions.locator("legend").allTextContents();
  await page.reload();
  expect(await questions.locator("legend").allTextContents()).toEqual(before);

  for (let i = 0; i < 12; i++) await questions.nth(i).locator('input[type="radio"]').first().check();
  await page.getByRole("button", { name: "Send my answers" }).click();
  const results = page.getByRole("table");
  await expect(page.getByRole("heading", { name: "Your results" })).toBeVisible();
  for (const title of principleTitles) await expect(results.getByRole("rowheader", { name: title })).toBeVisible();
  await expect(page.getByRole("button", { name: "Start the test" })).toHaveCount(0);

  await page.goto("/learn");
  await expect(page.getByText("See your course test results.")).toBeVisible();
});

test("in Arabic, the starting test is right to left and can be skipped", async ({ browser }) => {
  const page = await inviteNewMember(browser, "Samira");
  await page.context().addCookies([{ name: "locale", value: "ar", url: new URL(page.url()).origin }]);
  await page.goto("/learn/course-test");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1, name: "اختبار الدورة" })).toBeVisible();
  await page.getByRole("button", { name: "تخطي الاختبار" }).click();
  // The page answers once the skip is stored: the starting test is no longer offered.
  await expect(page.getByRole("button", { name: "ابدئي الاختبار" })).toHaveCount(0);
  await expect(page.locator("main").getByRole("status")).toContainText("يُفتح الاختبار الختامي");
  await page.goto("/learn");
  await expect(page.getByRole("link", { name: "اختبار الدورة (اختياري)" })).toHaveCount(0);
});
