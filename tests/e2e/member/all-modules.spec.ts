import { expect, test } from "@playwright/test";
import { answerFinalCheck, course, signIn } from "../fixtures";

// Every module can be studied end to end, and every final check fails and passes as it should.
test("a member studies all eight modules, failing then passing each knowledge check", async ({ browser }) => {
  test.setTimeout(240_000);
  const admin = await browser.newPage();
  await signIn(admin, "admin@demo.local", "demo-admin-pass");
  await admin.goto("/invitations");
  const email = `all-modules-${Date.now()}@test.local`;
  await admin.getByLabel("Email").fill(email);
  await admin.getByRole("button", { name: "Create invitation" }).click();
  const link = new URL(await admin.getByTestId("invitation-link").inputValue()).pathname;
  await admin.close();

  const page = await browser.newPage();
  await page.goto(link);
  await page.getByLabel("Name shown in the course").fill("Malika");
  await page.getByLabel("Password", { exact: true }).fill("all modules password");
  await page.getByLabel("Password again").fill("all modules password");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/learn$/);

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
});
