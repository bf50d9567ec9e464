import { describe, expect, it } from "vitest";
import { chooseLocale, isLocalised } from "@/lib/i18n/locale-path";

describe("chooseLocale", () => {
  it("follows her choice on the switcher first", () => {
    expect(chooseLocale("ru", "ar,en;q=0.8")).toBe("ru");
  });

  it("without a valid choice, takes her browser's first language the interface has, else English", () => {
    expect(chooseLocale(undefined, "de-DE,ar;q=0.9,en;q=0.5")).toBe("ar");
    expect(chooseLocale("xx", "ru-RU")).toBe("ru");
    expect(chooseLocale(undefined, "ps-AF")).toBe("ps");
    expect(chooseLocale(undefined, "de-DE")).toBe("en");
    expect(chooseLocale(undefined, null)).toBe("en");
  });
});

describe("isLocalised", () => {
  it("pages and their route handlers are served per language", () => {
    for (const path of ["/", "/learn/fairness/redress", "/reports/export", "/verify/jwks.json", "/signin"]) expect(isLocalised(path)).toBe(true);
  });

  it("framework files, the API, the service worker, the manifest and the offline page are not", () => {
    for (const path of ["/_next/static/chunks/a.js", "/api/me", "/api", "/serwist/sw.js", "/manifest.webmanifest", "/offline"]) expect(isLocalised(path)).toBe(false);
  });

  it("nor are files in public/, whatever their name", () => {
    for (const path of ["/favicon.svg", "/icon-192.png", "/bench-static-lesson.html", "/robots.txt"]) expect(isLocalised(path)).toBe(false);
  });
});
