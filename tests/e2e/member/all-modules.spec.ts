import { expect, test, type Page } from "@playwright/test";
import { account, answerFinalCheck, course, fillMemo, markLatestMemo, messagesOf, signIn } from "../fixtures";

// The whole course for one new member of a new cohort of the demo trainer: the starting test, all eight modules
// (each final check failed once, then passed), the closing test, the capstone memo returned by her
// trainer and revised in Arabic, accepted, and the certificate that a stranger can verify.

/** Answers the open course-test sitting from the content's pools, every answer right (or wrong). */
async function answerSitting(page: Page, right: boolean) {
  const questions = Object.values(course.courseTest!.pools).flatMap((pool) => pool.questions);
  await expect(page.locator("main form fieldset")).toHaveCount(12);
  const names = await page.locator('main form input[type="radio"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).name));
  const ids = [...new Set(names)].map((name) => name.slice("answer.".length));
  for (const id of ids) {
    const option = questions.find((q) => q.id === id)!.options.find((o) => (right ? o.correct : !o.correct))!;
    await page.locator(`input[name="answer.${id}"][value="${option.id}"]`).check();
  }
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.getByRole("heading", { name: "Your results" })).toBeVisible();
}

test("a new member goes through the whole course to a verified certificate", async ({ browser }) => {
  test.setTimeout(420_000);
  const stamp = Date.now();
  // Her own cohort, in a country no other test reports on, so their counts do not move.
  const member = { name: "Malika", cohort: `Whole course ${stamp}` };
  const trainer = await browser.newPage();
  await signIn(trainer, account("TRAINER").email, account("TRAINER").password);
  await trainer.goto("/cohorts");
  await trainer.getByLabel("Name", { exact: true }).fill(member.cohort);
  await trainer.getByLabel("Partner country").selectOption("IQ");
  await trainer.getByLabel("Cohort language").selectOption("ar");
  await trainer.getByRole("button", { name: "Create cohort" }).click();
  await expect(trainer.getByRole("heading", { level: 1, name: member.cohort })).toBeVisible();
  await trainer.getByLabel("Email").fill(`whole-course-${stamp}@test.local`);
  await trainer.getByLabel("Display name (a pseudonym is fine)").fill(member.name);
  await trainer.getByRole("button", { name: "Enrol", exact: true }).click();
  const link = (await trainer.getByTestId("invitation-links").inputValue()).split(",")[1]!;

  const page = await browser.newPage();
  await page.goto(new URL(link).pathname);
  await page.getByLabel("Password", { exact: true }).fill("whole course password");
  await page.getByLabel("Password again").fill("whole course password");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/learn$/);
  // Her cohort's language is her interface's at first; she studies in English.
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await page.getByLabel(messagesOf("ar").layout.language, { exact: true }).selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await test.step("starting test", async () => {
    await page.getByRole("link", { name: "Course test (optional)" }).click();
    await page.getByRole("button", { name: "Start the test" }).click();
    await answerSitting(page, false);
  });

  for (const module of course.modules) {
    await test.step(module.slug, async () => {
      await page.goto(`/learn/${module.slug}/${module.lessons[0]!.slug}`);
      for (const [index, lesson] of module.lessons.entries()) {
        await expect(page.getByRole("heading", { level: 1, name: lesson.frontmatter.title })).toBeVisible();
        await page.getByRole("button", { name: "Mark complete and continue" }).click();
        const next = module.lessons[index + 1];
        await expect(page).toHaveURL(next ? `/learn/${module.slug}/${next.slug}` : `/learn/${module.slug}/check`);
      }
      await page.getByRole("button", { name: "Start the check" }).click();
      await answerFinalCheck(page, module.slug, false);
      await page.getByRole("button", { name: "Check my answers" }).click();
      await expect(page.getByText("You need 80% to pass.")).toBeVisible();
      await page.getByRole("button", { name: "Start a new attempt" }).click();
      await answerFinalCheck(page, module.slug, true);
      await page.getByRole("button", { name: "Check my answers" }).click();
      await expect(page.getByText("Well done: you have completed this module.")).toBeVisible();
    });
  }
  await page.goto("/learn");
  await expect(page.getByText("Completed")).toHaveCount(course.modules.length);

  await test.step("closing test: her change per principle", async () => {
    await page.getByRole("link", { name: "Course test (optional)" }).click();
    await page.getByRole("button", { name: "Start the test" }).click();
    await answerSitting(page, true);
    await expect(page.getByRole("cell", { name: "+100 points" })).toHaveCount(6);
  });

  await test.step("the memo, returned, revised in Arabic and accepted", async () => {
    await page.goto("/learn/memo");
    await fillMemo(page, 50);
    await page.getByRole("button", { name: "Submit for marking" }).click();
    await expect(page.getByTestId("memo-status")).toContainText("Submitted, waiting for marking");
    // No certificate before the memo is accepted.
    await page.goto("/learn/certificate");
    await expect(page.locator('input[name="nameShown"]')).toHaveCount(0);

    await markLatestMemo(trainer, member, "not-yet", "Return for revision", "Say who reviews the scores each month.");
    await expect(trainer.locator("main").getByRole("status")).toContainText("returned to the member");

    await page.goto("/learn/memo");
    await page.getByLabel("Language", { exact: true }).selectOption("ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByText("Say who reviews the scores each month.").first()).toBeVisible();
    await page.locator('textarea[name="recommendation"]').fill(`${"delay ".repeat(50)}monthly review by the unit head`);
    await page.getByRole("button", { name: "إرسال للتقييم" }).click();
    await expect(page.getByTestId("memo-status")).toContainText("أُرسلت، بانتظار التقييم");

    await markLatestMemo(trainer, member, "sound", "Accept the memo", "Clear and well argued.");
    await expect(trainer.locator("main").getByRole("status")).toContainText("the memo is accepted");
  });

  await test.step("the certificate, in Arabic, verified by a stranger", async () => {
    await page.goto("/learn/certificate");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await page.locator('input[name="nameShown"]').fill("ملیکه (Malika)");
    await page.locator('main form button[type="submit"]').click();
    await expect(page.getByTestId("certificate-name")).toHaveText("ملیکه (Malika)");
    const verifyHref = (await page.getByTestId("verify-link").getAttribute("href"))!;

    const stranger = await (await browser.newContext()).newPage();
    await stranger.goto(verifyHref);
    await expect(stranger.getByTestId("verify-status")).toHaveAttribute("data-status", "valid");
    await expect(stranger.getByText("ملیکه (Malika)", { exact: true })).toBeVisible();
  });
});
