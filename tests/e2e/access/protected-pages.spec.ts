import { expect, test } from "@playwright/test";
import { account, introduction, signIn } from "../fixtures";

const lesson = `/learn/introduction/${introduction.lessons[0]!.slug}`;
const learnerPages = ["/learn", "/learn/introduction", lesson, "/learn/introduction/check", "/account"];
const staffPages = {
  "/cohorts": ["TRAINER", "COORDINATOR", "ADMIN"],
  "/invitations": ["TRAINER", "COORDINATOR", "ADMIN"],
  "/reports": ["COORDINATOR", "ADMIN"],
  "/admin/users": ["ADMIN"],
} as const;

test("a signed-out visitor is sent to sign in from every protected page, and back after", async ({ page }) => {
  for (const path of [...learnerPages, ...Object.keys(staffPages)]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(new RegExp(`/signin\\?callbackUrl=${encodeURIComponent(path).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  }
  await page.locator('main input[name="email"]').fill(account("MEMBER").email);
  await page.locator('input[name="password"]').fill(account("MEMBER").password);
  await page.locator('main form button[type="submit"]').click();
  await expect(page).toHaveURL("/admin/users");
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
});

for (const role of ["MEMBER", "TRAINER", "COORDINATOR", "ADMIN"] as const) {
  test(`${role.toLowerCase()} sees exactly the pages her role allows`, async ({ page }) => {
    await signIn(page, account(role).email, account(role).password);
    for (const path of learnerPages) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
    }
    for (const [path, roles] of Object.entries(staffPages)) {
      const response = await page.goto(path);
      const allowed = (roles as readonly string[]).includes(role);
      expect(response?.status(), `${role} ${path}`).toBe(allowed ? 200 : 403);
      await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toHaveCount(allowed ? 0 : 1);
    }
  });
}

test("a wrong password and an unknown email get the same message", async ({ page }) => {
  for (const email of [account("MEMBER").email, "nobody@nowhere.test"]) {
    await page.goto("/signin");
    await page.locator('main input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill("not the password");
    await page.locator('main form button[type="submit"]').click();
    await expect(page.locator("main").getByRole("alert")).toHaveText("The email or password is not correct. Check both and try again.");
  }
});

test("after ten wrong passwords for one email, sign-in for it waits, and says so", async ({ page }) => {
  const email = `guessing-${Date.now()}@nowhere.test`;
  await page.goto("/signin");
  const alert = page.locator("main").getByRole("alert");
  for (let attempt = 1; attempt <= 11; attempt += 1) {
    await page.locator('main input[name="email"]').fill(email);
    await page.locator('main input[name="password"]').fill(`guess number ${attempt}`);
    await page.locator('main form button[type="submit"]').click();
    await expect(alert).toHaveText(
      attempt <= 10 ? "The email or password is not correct. Check both and try again." : "Too many sign-in attempts. Wait 15 minutes, then try again.",
    );
  }
  const response = await page.request.get("/signin");
  expect(response.headers()["x-frame-options"]).toBe("DENY");
  expect(response.headers()["referrer-policy"]).toBe("same-origin");
});

test("unknown modules, lessons and invitations get a clear page, not an error", async ({ page }) => {
  await signIn(page, account("MEMBER").email, account("MEMBER").password);
  for (const path of ["/learn/no-such-module", "/learn/introduction/no-such-lesson", "/learn/no-such-module/check"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
  await page.goto("/invite/not-a-real-token");
  await expect(page.getByText("This invitation link is not valid.")).toBeVisible();
});
