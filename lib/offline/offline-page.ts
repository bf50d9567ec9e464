import { createTranslator } from "next-intl";
import { BRAND_COLOURS } from "@/lib/brand-colours";
import { directionOf, LOCALES, type Locale } from "@/lib/i18n/config";
import ar from "@/lib/i18n/messages/ar.json";
import en from "@/lib/i18n/messages/en.json";
import faAF from "@/lib/i18n/messages/fa-AF.json";
import kk from "@/lib/i18n/messages/kk.json";
import ky from "@/lib/i18n/messages/ky.json";
import ps from "@/lib/i18n/messages/ps.json";
import ru from "@/lib/i18n/messages/ru.json";
import tg from "@/lib/i18n/messages/tg.json";
import ur from "@/lib/i18n/messages/ur.json";
import uz from "@/lib/i18n/messages/uz.json";

// The page the service worker shows for a page load that fails offline with nothing stored. It is
// one address, fetched once when the worker installs, before anyone knows her language: so it says
// its few lines in all ten languages, each marked with its own language and direction. Plain
// HTML with style attributes (the CSP allows those, and no stylesheet or script is needed), so it
// works from the cache alone.

const CATALOGS: Record<Locale, typeof en> = { en, ar, ru, "fa-AF": faAF, ps, ur, tg, uz, kk, ky };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function section(locale: Locale): string {
  const t = createTranslator({ locale, messages: CATALOGS[locale], namespace: "offline" });
  return `<section lang="${locale}" dir="${directionOf(locale)}" style="margin:0 0 2rem"><h2 style="font-size:1.25rem;margin:0 0 .5rem">${escape(t("title"))}</h2><p style="margin:0 0 .75rem">${escape(t("body"))}</p><p style="margin:0"><a href="/learn" style="color:${BRAND_COLOURS.link}">${escape(t("myLearning"))}</a></p></section>`;
}

export function offlinePageHtml(): string {
  const title = LOCALES.map((locale) => createTranslator({ locale, messages: CATALOGS[locale], namespace: "offline" })("title")).join(" · ");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><meta name="theme-color" content="${BRAND_COLOURS.header}"><title>${escape(title)}</title></head><body style="margin:0;font-family:system-ui,sans-serif;color:#0f172a;background:#fff"><header style="background:${BRAND_COLOURS.header};color:#fff;padding:.75rem 1rem;font-weight:600">${escape(en.layout.productName)}</header><main style="max-width:48rem;margin:0 auto;padding:1.5rem 1rem"><h1 style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)">${escape(title)}</h1>${LOCALES.map(section).join("")}</main></body></html>`;
}
