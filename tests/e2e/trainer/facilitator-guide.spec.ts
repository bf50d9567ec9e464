import { expect, test } from "@playwright/test";
import { account, course, signIn } from "../fixtures";

// Issue 9 part 6: a trainer opens a module's facilitator guide from her cohort page and finds every
// section; members are refused the guides but print the job aids. The guide's text comes from the
// module's facilitator.yaml, so the test reads the same files the server reads.
const SECTIONS = ["Before the session", "60-minute plan", "90-minute plan", "Discussion prompts", "Group activity", "Common misconceptions", "Scenario debriefs"];
// The demo cohort's first assigned module (prisma/demo-cohort.ts).
const module = course.modules.find((m) => m.slug === "introduction")!;

test("a trainer opens the guide from her cohort page and sees every section, each scenario's debrief and both plans", async ({ page }) => {
  const guide = module.facilitator!;
  await signIn(page, account("TRAINER").email, account("TRAINER").password);
  await page.goto("/cohorts");
  await page.getByRole("link", { name: /demo/ }).first().click();
  await page.getByRole("link", { name: `Facilitator guide: ${module.frontmatter.title}` }).click();
  await expect(page).toHaveURL(`/guides/${module.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: guide.title })).toBeVisible();
  for (const section of SECTIONS) await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
  for (const [id] of Object.entries(guide.scenarioDebriefs)) await expect(page.getByRole("heading", { level: 3, name: module.scenarios[id]!.title })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: guide.activity.title })).toBeVisible();
  // Each plan's rows, the last ending at the session's length.
  const sixty = page.locator("section", { has: page.getByRole("heading", { name: "60-minute plan" }) }).getByRole("row");
  await expect(sixty).toHaveCount(guide.sixtyMinutes.length + 1);
  await expect(sixty.last()).toContainText("–60 min");
  const ninety = page.locator("section", { has: page.getByRole("heading", { name: "90-minute plan" }) }).getByRole("row");
  await expect(ninety.last()).toContainText("–90 min");
  await expect(page.getByText(guide.misconceptions[0]!.belief)).toBeVisible();
  // The header links to the guides; the list links to the job aids.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Facilitator guides" }).click();
  await expect(page.getByRole("link", { name: "Risk template" })).toBeVisible();
  // In print, the header, the breadcrumb and the print button are gone.
  await page.goto(`/guides/${module.slug}`);
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 2, name: "Scenario debriefs" })).toBeVisible();
});

test("a member is refused the guides, and they are not in her navigation", async ({ page }) => {
  await signIn(page, account("MEMBER").email, account("MEMBER").password);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Facilitator guides" })).toHaveCount(0);
  for (const path of ["/guides", `/guides/${module.slug}`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  }
});

test("an unknown module has no guide", async ({ page }) => {
  await signIn(page, account("TRAINER").email, account("TRAINER").password);
  expect((await page.goto("/guides/no-such-module"))?.status()).toBe(404);
  expect((await page.goto("/guides/Not_A_Slug"))?.status()).toBe(404);
});

test("a member opens a job aid from her learning page and prints it: navigation hidden, the aid on one page", async ({ page }) => {
  await signIn(page, account("MEMBER").email, account("MEMBER").password);
  await page.getByRole("link", { name: "Job aids to print or save" }).click();
  for (const aid of course.jobAids) await expect(page.getByRole("link", { name: aid.frontmatter.title })).toBeVisible();
  await page.getByRole("link", { name: "Risk template" }).click();
  await expect(page).toHaveURL("/job-aids/risk-template");
  await expect(page.getByRole("columnheader", { name: "Likelihood (1-5)" })).toBeVisible();
  await expect(page.getByText("a simplified exercise inspired by the Toolkit's risk assessment")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: "Risk template" })).toBeVisible();
  // Each job aid fits one printed A4 page.
  for (const aid of course.jobAids) {
    await page.goto(`/job-aids/${aid.id}`);
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length;
    expect(pages, aid.id).toBe(1);
  }
});
