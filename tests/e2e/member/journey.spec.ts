import { expect, test } from "@playwright/test";
import { account, answerCheck, answerFinalCheck, answersFor, introduction, signIn, signOut } from "../fixtures";

// The member's whole journey: invitation, set password, study, check, resume after signing out.
test("a member is invited, studies the introduction, resumes after signing out and completes it", async ({ browser }) => {
  const admin = await browser.newPage();
  await signIn(admin, account("ADMIN").email, account("ADMIN").password);
  await admin.goto("/invitations");
  const email = `journey-${Date.now()}@test.local`;
  await admin.getByLabel("Email").fill(email);
  await admin.getByLabel("Role").selectOption("MEMBER");
  await admin.getByRole("button", { name: "Create invitation" }).click();
  const link = await admin.getByTestId("invitation-link").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await admin.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(link).pathname);
  await expect(page.getByText(email)).toBeVisible();
  await page.getByLabel("Name shown in the course").fill("Parisa");
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel("Password again").fill("short");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page.getByLabel("Name shown in the course")).toHaveValue("Parisa");
  await page.getByLabel("Password", { exact: true }).fill("a long enough password");
  await page.getByLabel("Password again").fill("a long enough password");
  await page.getByLabel("Country").selectOption("AF");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/learn$/);
  await expect(page.getByRole("heading", { name: "My learning" })).toBeVisible();
  await expect(page.getByText("Welcome, Parisa.")).toBeVisible();

  // The invitation link now refuses a second use.
  const reuse = await context.newPage();
  await reuse.goto(new URL(link).pathname);
  await expect(reuse.getByText("This invitation has already been used.")).toBeVisible();
  await reuse.close();

  const [first, second, third] = introduction.lessons;
  await page.getByRole("link", { name: `Start: ${introduction.frontmatter.title}` }).click();
  await expect(page).toHaveURL(`/learn/introduction/${first!.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: first!.frontmatter.title })).toBeVisible();

  // The practice check on the page carries no answers and no feedback before she answers.
  const practiceId = /<KnowledgeCheck id="([^"]+)"/.exec(first!.body)![1]!;
  const html = await page.content();
  for (const question of answersFor("introduction", practiceId, true)) {
    for (const feedback of question.feedback) expect(html).not.toContain(feedback.slice(0, 40));
  }
  await answerCheck(page, "introduction", practiceId, true);
  await page.getByRole("button", { name: "Check my answers" }).click();
  await expect(page.getByText("Correct.").first()).toBeVisible();

  await page.getByRole("button", { name: "Mark complete and continue" }).click();
  await expect(page).toHaveURL(`/learn/introduction/${second!.slug}`);

  await signOut(page);
  await signIn(page, email, "a long enough password");
  await expect(page.getByText(`1 of ${introduction.lessons.length} lessons done`)).toBeVisible();
  await page.getByRole("link", { name: `Continue: ${introduction.frontmatter.title}` }).click();
  await expect(page).toHaveURL(`/learn/introduction/${second!.slug}`);

  await page.getByRole("button", { name: "Mark complete and continue" }).click();
  await expect(page).toHaveURL(`/learn/introduction/${third!.slug}`);
  await page.getByRole("button", { name: "Mark complete and continue" }).click();
  await expect(page).toHaveURL("/learn/introduction/check");

  // The final check: drawn when she starts it, no per-option feedback, ideas to revisit when failed.
  await page.getByRole("button", { name: "Start the check" }).click();
  await answerFinalCheck(page, "introduction", false);
  await page.getByRole("button", { name: "Check my answers" }).click();
  await expect(page.getByText("You need 80% to pass.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ideas to revisit" })).toBeVisible();
  await expect(page.getByText("Not quite.")).toHaveCount(0);

  await page.getByRole("button", { name: "Start a new attempt" }).click();
  await answerFinalCheck(page, "introduction", true);
  await page.getByRole("button", { name: "Check my answers" }).click();
  await expect(page.getByText("You passed.")).toBeVisible();
  await expect(page.getByText("Well done: you have completed this module.")).toBeVisible();

  await page.goto("/learn");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: introduction.frontmatter.title }) });
  await expect(card.getByText("Completed")).toBeVisible();
  await context.close();
});
