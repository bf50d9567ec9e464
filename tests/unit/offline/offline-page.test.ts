import { describe, expect, it } from "vitest";
import { directionOf, LOCALES } from "@/lib/i18n/config";
import { offlinePageHtml } from "@/lib/offline/offline-page";

describe("offlinePageHtml", () => {
  const html = offlinePageHtml();

  it.each(LOCALES)("says it in %s, marked with its language and direction", async (locale) => {
    const { offline } = (await import(`@/lib/i18n/messages/${locale}.json`)).default as { offline: { title: string } };
    expect(html).toContain(`<section lang="${locale}" dir="${directionOf(locale)}"`);
    expect(html).toContain(offline.title);
  });

  it("needs no script or stylesheet, which the cache might not hold", () => {
    expect(html).not.toMatch(/<script|<link|<style/);
  });
});
