import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { account, signIn } from "../fixtures";

// Each journey makes its own member through an invitation, so the demo accounts' passwords and
// sessions stay as the other tests expect them.
async function newMember(browser: Browser, name: string): Promise<{ email: string; password: string; page: Page }> {
  const admin = await browser.newPage();
  await signIn(admin, account("ADMIN").email, account("ADMIN").password);
  await admin.goto("/invitations");
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}@test.local`;
  await admin.getByLabel("Email").fill(email);
  await admin.getByLabel("Role").selectOption("MEMBER");
  await admin.getByRole("button", { name: "Create invitation" }).click();
  const link = await admin.getByTestId("invitation-link").inputValue();
  await admin.close();
  const page = await (await browser.newContext()).newPage();
  const password = "the first password";
  await page.goto(new URL(link).pathname);
  await page.getByLabel("Name shown in the course").fill(name);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Password again").fill(password);
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/learn$/);
  return { email, password, page };
}

// Each journey signs in several people at production scrypt cost: more time than one page's test.
test.describe.configure({ timeout: 180_000 });

const sessionUser = async (page: Page) => ((await (await page.request.get("/api/auth/session")).json()) as { user?: unknown }).user;

test("changing her password ends her sessions on every device; the new password works, the old one not", async ({ browser }) => {
  const { email, password, page } = await newMember(browser, `Malika ${Date.now()}`);
  const otherDevice = await (await browser.newContext()).newPage();
  await signIn(otherDevice, email, password);
  expect(await sessionUser(otherDevice)).toBeTruthy();

  await page.getByRole("link", { name: "My account" }).click();
  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password", { exact: true }).fill("my second password");
  await page.getByLabel("New password again").fill("my second password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("The current password is not correct.")).toBeVisible();
  await expect(page.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Current password").fill(password);
  await page.getByLabel("New password", { exact: true }).fill("my second password");
  await page.getByLabel("New password again").fill("my second password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/signin$/);

  await otherDevice.goto("/learn");
  await expect(otherDevice).toHaveURL(/\/signin\?callbackUrl=%2Flearn$/);
  expect(await sessionUser(otherDevice)).toBeUndefined();

  await page.locator('main input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('main form button[type="submit"]').click();
  await expect(page.locator("main").getByRole("alert")).toHaveText("The email or password is not correct. Check both and try again.");
  await signIn(page, email, "my second password");
});

test("an admin deactivates a member: her open session ends at once; reactivated, she signs in again", async ({ browser }) => {
  const name = `Zarina ${Date.now()}`;
  const member = await newMember(browser, name);
  const admin = await browser.newPage();
  await signIn(admin, account("ADMIN").email, account("ADMIN").password);
  await admin.goto("/admin/users");
  await admin.getByRole("button", { name: `Deactivate ${name}` }).click();
  await expect(admin.getByRole("button", { name: `Reactivate ${name}` })).toBeVisible();
  await expect(admin.getByRole("row").filter({ hasText: name }).getByText("Deactivated")).toBeVisible();

  await member.page.goto("/learn");
  await expect(member.page).toHaveURL(/\/signin\?callbackUrl=%2Flearn$/);
  expect(await sessionUser(member.page)).toBeUndefined();
  await member.page.locator('main input[name="email"]').fill(member.email);
  await member.page.locator('input[name="password"]').fill(member.password);
  await member.page.locator('main form button[type="submit"]').click();
  await expect(member.page.locator("main").getByRole("alert")).toHaveText("The email or password is not correct. Check both and try again.");

  await admin.getByRole("button", { name: `Reactivate ${name}` }).click();
  await expect(admin.getByRole("button", { name: `Deactivate ${name}` })).toBeVisible();
  await signIn(member.page, member.email, member.password);
  // Her own account is not offered to her for deactivation.
  await expect(admin.getByRole("button", { name: `Deactivate ${account("ADMIN").displayName}` })).toHaveCount(0);
});

test("signing out everywhere ends this session and the others", async ({ browser }) => {
  const { email, password, page } = await newMember(browser, `Dilnoza ${Date.now()}`);
  const otherDevice = await (await browser.newContext()).newPage();
  await signIn(otherDevice, email, password);
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out on all devices" }).click();
  await expect(page).toHaveURL(/\/signin$/);
  expect(await sessionUser(page)).toBeUndefined();
  await otherDevice.goto("/account");
  await expect(otherDevice).toHaveURL(/\/signin\?callbackUrl=%2Faccount$/);
});

for (const target of ["//evil.example", "/\\evil.example", "/\t/evil.example", "https://evil.example/learn"]) {
  test(`sign-in stays on this site when callbackUrl is ${JSON.stringify(target)}`, async ({ page }) => {
    await page.goto(`/signin?callbackUrl=${encodeURIComponent(target)}`);
    await page.locator('main input[name="email"]').fill(account("MEMBER").email);
    await page.locator('input[name="password"]').fill(account("MEMBER").password);
    await page.locator('main form button[type="submit"]').click();
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/learn$/);
  });
}

test("forgot password answers the same for an account and for an unknown email", async ({ page }) => {
  for (const email of [account("TRAINER").email, "nobody-at-all@nowhere.test"]) {
    await page.goto("/signin");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    // The sign-in page has an Email field too: wait until the new page is there.
    await expect(page.getByRole("heading", { level: 1, name: "Forgot your password" })).toBeVisible();
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send the link" }).click();
    await expect(page.getByRole("status")).toHaveText(
      "If an account exists for this email, a link to set a new password is on its way. Check your inbox and your spam folder.",
    );
  }
  await page.goto("/reset-password/not-a-real-token");
  await expect(page.locator("main").getByRole("alert")).toHaveText("This link has expired or has already been used. Ask for a new one.");
});

for (const locale of ["en", "ar"] as const) {
  test(`account pages have no serious accessibility problems (${locale})`, async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "locale", value: locale, url: baseURL! }]);
    const problems: string[] = [];
    const audit = async (path: string) => {
      await page.goto(path);
      const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      for (const violation of result.violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
        problems.push(`${path}: ${violation.id}`);
      }
    };
    await audit("/forgot-password");
    await audit("/reset-password/not-a-real-token");
    await signIn(page, account("COORDINATOR").email, account("COORDINATOR").password);
    await audit("/account");
    expect(problems).toEqual([]);
  });
}
