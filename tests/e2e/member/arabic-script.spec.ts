import { expect, test } from "@playwright/test";
import { account, introduction, signIn } from "../fixtures";

// Arabic, Dari, Pashto and Urdu in the font the app ships (Debian's own fonts lack Urdu's letters):
// a lesson page in each, its screenshot kept with the test results for a reader of the script to check.
for (const locale of ["ar", "fa-AF", "ps", "ur"]) {
  test(`a lesson in ${locale} is drawn right to left in the shipped Arabic-script font`, async ({ page }, testInfo) => {
    await signIn(page, account("MEMBER").email, account("MEMBER").password);
    await page.context().addCookies([{ name: "locale", value: locale, url: testInfo.project.use.baseURL! }]);
    await page.goto(`/learn/introduction/${introduction.lessons[0]!.slug}`);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await page.evaluate(() => document.fonts.ready);
    const loaded = await page.evaluate(() => [...document.fonts].filter((font) => font.family.replace(/"/g, "") === "Vazirmatn" && font.status === "loaded").length);
    expect(loaded).toBe(1);
    await page.screenshot({ path: testInfo.outputPath(`lesson-${locale}.png`), fullPage: false });
  });
}
