import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { account, introduction, signIn } from "../fixtures";

test("a page made per request has its own script nonce; a page built ahead of time allows only its own inline scripts, by hash", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const first = await page.request.get("/forgot-password");
  const second = await page.request.get("/forgot-password");
  const policy = first.headers()["content-security-policy"]!;
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(second.headers()["content-security-policy"]).not.toBe(policy);
  const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
  const scripts = [...(await first.text()).matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

  // The sign-in page is built once per language: the same HTML for everyone, so no nonce.
  const built = await page.request.get("/signin");
  expect(built.headers()["x-nextjs-prerender"]).toBeTruthy();
  const builtPolicy = built.headers()["content-security-policy"]!;
  const scriptSources = /script-src ([^;]*)/.exec(builtPolicy)![1]!;
  expect(scriptSources).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
  const html = await built.text();
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
  expect(inline.length).toBeGreaterThan(0);
  for (const body of inline) expect(scriptSources).toContain(`'sha256-${createHash("sha256").update(body).digest("base64")}'`);
  for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) expect(src).toMatch(/^\/_next\/static\//);

  // What a page's script fetches carries a policy that allows nothing, not the page's.
  const payload = await page.request.get("/signin", { headers: { RSC: "1", "sec-fetch-dest": "empty", accept: "*/*" } });
  expect(payload.headers()["content-type"]).toContain("text/x-component");
  expect(payload.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  // A page fetched whole by a script (as "Keep for offline" does) keeps the page's policy.
  const whole = await page.request.get("/signin", { headers: { "sec-fetch-dest": "empty", accept: "text/html" } });
  expect(whole.headers()["content-security-policy"]).toBe(builtPolicy);
  // So does the offline page the service worker fetches to show later in place of a page.
  const offline = await page.request.get("/offline", { headers: { "sec-fetch-dest": "empty", accept: "*/*" } });
  expect(offline.headers()["content-security-policy"]).toContain("style-src-attr 'unsafe-inline'");
  expect((await page.request.get("/api/health")).headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");

  // Signing in, reading a lesson (built ahead of time) with her state loaded, and "my learning"
  // (made per request) all need the page's scripts to run.
  await signIn(page, account("MEMBER").email, account("MEMBER").password);
  await page.goto(`/learn/introduction/${introduction.lessons[0]!.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My learning" })).toBeVisible();
  await page.goto("/learn");
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
