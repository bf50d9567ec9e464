import { expect, test } from "@playwright/test";
import { account, introduction, signIn } from "../fixtures";

test("every page has its own script nonce and no inline-script allowance, and runs without CSP violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const first = await page.request.get("/signin");
  const second = await page.request.get("/signin");
  const policy = first.headers()["content-security-policy"]!;
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(second.headers()["content-security-policy"]).not.toBe(policy);
  const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
  const scripts = [...(await first.text()).matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

  // Signing in, reading a lesson and answering a check all need the page's scripts to run.
  await signIn(page, account("MEMBER").email, account("MEMBER").password);
  await page.goto(`/learn/introduction/${introduction.lessons[0]!.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});

test("HSTS is sent only for HTTPS, as a trusted front proxy reports it", async ({ request }) => {
  const plain = await request.get("/about");
  expect(plain.headers()["strict-transport-security"]).toBeUndefined();
  const secure = await request.get("/about", { headers: { "x-forwarded-proto": "https" } });
  expect(secure.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
});

test("malformed addresses and bodies get a 4xx with a plain message, never a 500", async ({ request }) => {
  for (const url of ["/learn/%ff", "/learn/%", "/invite/%ff", "/cohorts/%E0%A4%A"]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(400);
    expect(await response.text()).toContain("not valid");
  }
  const huge = await request.post("/cohorts", { data: "x".repeat(3 * 1024 * 1024), headers: { "content-type": "text/plain" } });
  expect(huge.status()).toBe(413);
  expect(await huge.text()).toContain("2 MB");
  const unknownAction = await request.post("/learn", { data: "garbage", headers: { "next-action": "7f".padEnd(42, "0"), "content-type": "text/plain" } });
  expect(unknownAction.status()).toBeGreaterThanOrEqual(400);
  expect(unknownAction.status()).toBeLessThan(500);
});

test("an export with a filter it cannot read is refused, not widened to everyone", async ({ page }) => {
  await signIn(page, account("COORDINATOR").email, account("COORDINATOR").password);
  const bad = await page.request.get("/reports/export?country=<junk>");
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain("Unknown report filter: country");
  const good = await page.request.get("/reports/export?country=TJ");
  expect(good.status()).toBe(200);
});
