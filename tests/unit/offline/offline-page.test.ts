import { describe, expect, it } from "vitest";
import ar from "@/lib/i18n/messages/ar.json";
import en from "@/lib/i18n/messages/en.json";
import ru from "@/lib/i18n/messages/ru.json";
import { offlinePageHtml } from "@/lib/offline/offline-page";

describe("offlinePageHtml", () => {
  const html = offlinePageHtml();

  it("says it in all three languages, each marked with its language and direction", () => {
    expect(html).toContain(`<section lang="en" dir="ltr"`);
    expect(html).toContain(`<section lang="ar" dir="rtl"`);
    expect(html).toContain(`<section lang="ru" dir="ltr"`);
    for (const messages of [en, ar, ru]) expect(html).toContain(messages.offline.title);
  });

  it("needs no script or stylesheet, which the cache might not hold", () => {
    expect(html).not.toMatch(/<script|<link|<style/);
  });
});
