import { chromium } from "@playwright/test";
import { browserCookies } from "../shared/session.mjs";

// A final check's page shows its questions only once an attempt is started: start one as the member
// (the button is a plain form), so Lighthouse measures the page she answers on.
export async function startFinalCheck(base, checkPath, cookie) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const context = await browser.newContext();
    await context.addCookies(browserCookies(cookie, base));
    const page = await context.newPage();
    await page.goto(base + checkPath);
    const start = page.getByRole("button", { name: /Start the check|Start a new attempt/ });
    if (await start.count()) await start.first().click();
    await page.locator('input[name="drawId"]').first().waitFor({ state: "attached" });
  } finally {
    await browser.close();
  }
}
