import { getLocale, getTranslations } from "next-intl/server";
import { VERIFY_LIMIT } from "@/lib/certificates/verify-limit";
import { directionOf, type Locale } from "@/lib/i18n/config";

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Where the verify page sends a client over its limit: a short page in her language, with status 429. */
export async function GET(): Promise<Response> {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("verify");
  const html = `<!doctype html><html lang="${locale}" dir="${directionOf(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(t("tooManyTitle"))}</title></head><body><main><h1>${escape(t("tooManyTitle"))}</h1><p role="alert">${escape(t("tooManyBody"))}</p></main></body></html>`;
  return new Response(html, {
    status: 429,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "retry-after": String(Math.ceil(VERIFY_LIMIT.windowMs / 1000)) },
  });
}
