import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { account, course, signIn } from "../fixtures";

// axe-core's WCAG 2.1 A and AA rules on the pages each role uses, in English and in Arabic.
// Serious and critical findings fail the test; the list names each rule and where it fired.
// axe is injected by the test, not served by the app, so the app's script policy (which refuses
// it, as it should) is set aside here; headers-and-bad-input.spec.ts tests the policy itself.
test.use({ bypassCSP: true });
async function audit(page: Page, path: string) {
  await page.goto(path);
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${path}: ${violation.id} (${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")})`);
}

const lessonWithEverything = (() => {
  for (const module of course.modules) {
    const lesson = module.lessons.find((l) => l.body.includes("<RiskMatrix"));
    if (lesson) return `/learn/${module.slug}/${lesson.slug}`;
  }
  throw new Error("No lesson with a risk matrix");
})();

for (const locale of ["en", "ar"] as const) {
  test(`member and public pages have no serious accessibility problems (${locale})`, async ({ page, context }) => {
    await context.addCookies([{ name: "locale", value: locale, url: "http://127.0.0.1:3100" }]);
    const problems = [...(await audit(page, "/")), ...(await audit(page, "/signin")), ...(await audit(page, "/about"))];
    await signIn(page, account("MEMBER").email, account("MEMBER").password);
    for (const path of ["/learn", "/learn/course-test", "/learn/fairness", lessonWithEverything, "/learn/fairness/check", "/glossary", "/sources", "/learn/certificate", "/job-aids", "/job-aids/risk-template", "/job-aids/principle-checklist"]) problems.push(...(await audit(page, path)));
    expect(problems).toEqual([]);
  });
}

test("staff pages have no serious accessibility problems", async ({ page }) => {
  await signIn(page, account("ADMIN").email, account("ADMIN").password);
  await page.goto("/cohorts");
  const cohort = await page.getByRole("link", { name: /demo/ }).first().getAttribute("href");
  const problems: string[] = [];
  for (const path of ["/cohorts", cohort!, "/invitations", "/reports", "/reports?country=TJ", "/reports/learning-gain", "/reports/questions", "/reports/certificates", "/admin/users", "/guides", "/guides/introduction"]) problems.push(...(await audit(page, path)));
  expect(problems).toEqual([]);
});

for (const locale of ["en", "ar"] as const) {
  test(`the member's capstone memo page has no serious accessibility problems (${locale})`, async ({ page, context }) => {
    await context.addCookies([{ name: "locale", value: locale, url: "http://127.0.0.1:3100" }]);
    await signIn(page, account("MEMBER").email, account("MEMBER").password);
    expect(await audit(page, "/learn/memo")).toEqual([]);
  });
}

test("the trainer's memo queue has no serious accessibility problems", async ({ page }) => {
  await signIn(page, account("TRAINER").email, account("TRAINER").password);
  expect(await audit(page, "/reviews")).toEqual([]);
});
