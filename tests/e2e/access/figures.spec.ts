import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { account, course, signIn } from "../fixtures";

// Every lesson that shows a <Figure>: no serious axe finding, no horizontal page scroll on a 360 px
// phone, the text description reachable, and the whole figure (description included) in print.
// In English and in the Arabic interface.
test.use({ bypassCSP: true, viewport: { width: 360, height: 740 } });

const lessons = course.modules.flatMap((module) =>
  module.lessons.filter((lesson) => lesson.body.includes("<Figure")).map((lesson) => `/learn/${module.slug}/${lesson.slug}`),
);

for (const locale of ["en", "ar"] as const) {
  test(`lessons with figures pass axe, fit 360 px and print their descriptions (${locale})`, async ({ page, context, baseURL }) => {
    expect(lessons.length).toBeGreaterThan(0);
    await context.addCookies([{ name: "locale", value: locale, url: baseURL! }]);
    await signIn(page, account("MEMBER").email, account("MEMBER").password);
    for (const path of lessons) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
      const figures = page.locator("figure[id^=figure-]");
      expect(await figures.count(), path).toBeGreaterThan(0);
      const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3)}`);
      expect(serious).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways at 360 px`).toBeLessThanOrEqual(0);
      for (const figure of await figures.all()) {
        const box = await figure.boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(360);
        // The description opens on request and is the figure's accessible description.
        await figure.locator("summary").click();
        const described = await figure.getAttribute("aria-describedby");
        await expect(page.locator(`#${described}`)).toBeVisible();
      }
      await page.emulateMedia({ media: "print" });
      for (const figure of await figures.all()) {
        await expect(figure.locator("p[aria-hidden=true]").last()).toBeVisible();
        expect(await figure.evaluate((element) => getComputedStyle(element).breakInside)).toBe("avoid");
      }
      await page.emulateMedia({ media: "screen" });
    }
  });
}
