import { expect, test } from "@playwright/test";
import { account, introduction, signIn } from "../fixtures";

// Issue 7: a trainer cannot add an existing account to her cohort silently. The member sees who
// invites her to which cohort, signs in, and joins; only then does the trainer see her.
test("an existing member accepts a trainer's invitation to a cohort after signing in", async ({ browser }) => {
  const stamp = Date.now();
  const cohortName = `Join cohort ${stamp}`;
  const member = account("MEMBER");
  const trainer = await browser.newPage();
  await signIn(trainer, account("TRAINER").email, account("TRAINER").password);
  await trainer.goto("/cohorts");
  await trainer.getByLabel("Name", { exact: true }).fill(cohortName);
  await trainer.getByLabel("Partner country").selectOption("TJ");
  await trainer.getByLabel("Cohort language").selectOption("ru");
  await trainer.getByRole("button", { name: "Create cohort" }).click();
  await expect(trainer.getByRole("heading", { level: 1, name: cohortName })).toBeVisible();
  await trainer.getByLabel(introduction.frontmatter.title).check();
  await trainer.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(trainer.getByText("1 module assigned.")).toBeVisible();

  // The same answer as for someone new: nothing tells her this address has an account.
  await trainer.getByLabel("Email").fill(member.email);
  await trainer.getByLabel("Display name (a pseudonym is fine)").fill("Whatever The Trainer Typed");
  await trainer.getByRole("button", { name: "Enrol", exact: true }).click();
  await expect(trainer.getByText("Done: 1 invitation created and queued for sending.")).toBeVisible();
  const link = (await trainer.getByTestId("invitation-links").inputValue()).split(",")[1]!;
  await trainer.reload();
  await expect(trainer.getByText("No members yet. Enrol people below.")).toBeVisible();

  // Signed out, the link says who invites her where, and asks her to sign in as that address.
  const page = await browser.newPage();
  await page.goto(new URL(link).pathname);
  await expect(page.getByRole("heading", { name: "Join a cohort" })).toBeVisible();
  await expect(page.getByText(`Demo trainer has invited you (${member.email}) to join the cohort “${cohortName}”.`)).toBeVisible();
  await page.getByRole("link", { name: `Sign in as ${member.email} to accept` }).click();
  await page.locator('main input[name="email"]').fill(member.email);
  await page.locator('input[name="password"]').fill(member.password);
  await page.locator('main form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/invite\//);
  await page.getByRole("button", { name: "Join the cohort" }).click();
  await expect(page).toHaveURL(/\/learn$/);
  await expect(page.getByRole("heading", { name: "Assigned to you" })).toBeVisible();

  // Now she is a member, under her own name, and the link is used up.
  await trainer.reload();
  await expect(trainer.getByRole("row").filter({ hasText: member.displayName })).toBeVisible();
  await expect(trainer.getByText("Whatever The Trainer Typed")).toHaveCount(0);
  await page.goto(new URL(link).pathname);
  await expect(page.getByText("This invitation has already been used.")).toBeVisible();
});
