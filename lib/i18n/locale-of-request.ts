import { NextRequest } from "next/server";
import type { Locale } from "./config";
import { chooseLocale, LOCALE_COOKIE } from "./locale-path";

/** Her language for a request outside the pages in a language (the API, which proxy.ts leaves alone): her choice, else her browser's. */
export function localeOfRequest(request: Request): Locale {
  return chooseLocale(new NextRequest(request).cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
}
