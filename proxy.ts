import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { authSecret } from "@/lib/auth/secret";
import { isSignedInOnlyPath } from "@/lib/auth/signed-in-only";
import { env } from "@/lib/env";
import { prerenderedPageHashes } from "@/lib/http/prerendered-pages";
import { contentSecurityPolicy, FETCHED_DATA_POLICY, MAX_BODY_BYTES, STRICT_TRANSPORT_SECURITY } from "@/lib/http/security-headers";
import { chooseLocale, isLocalised, LOCALE_COOKIE } from "@/lib/i18n/locale-path";
import { requestIdFrom } from "@/lib/log/request-id";
import { OFFLINE_PAGE } from "@/lib/offline/cache-policy";
import { CLEAR_SITE_DATA, clearsSiteData } from "@/lib/offline/clear-site-data";

// Runs before every page, action and route handler (Next's "proxy" file convention, which must
// live at the top level). It refuses what cannot be a real request before any app code sees it,
// serves each page in her language from the app's /[locale]/ tree, keeps course pages (built once
// for everyone) for signed-in people, and gives each response its own CSP nonce and a request id.

// next-intl reads the locale of a page rendered per request from this request header.
const NEXT_INTL_LOCALE_HEADER = "x-next-intl-locale";

function refuse(status: 400 | 413, message: string): NextResponse {
  return new NextResponse(message, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

async function signedIn(request: NextRequest): Promise<boolean> {
  try {
    return (await getToken({ req: request, secret: authSecret() })) !== null;
  } catch {
    return false;
  }
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    return refuse(400, "This address is not valid. Check the link and try again.");
  }
  const length = Number(request.headers.get("content-length") ?? 0);
  if (!Number.isFinite(length) || length > MAX_BODY_BYTES) {
    return refuse(413, "This upload is too large: the limit is 2 MB. Split the file and send each part.");
  }
  const page = isLocalised(pathname);
  const locale = page ? chooseLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language")) : undefined;
  const internalPath = locale && `/${locale}${pathname === "/" ? "" : pathname}`;
  // A GET of a page built ahead of time is served from its file; anything else renders now.
  const prerendered = internalPath && (request.method === "GET" || request.method === "HEAD") ? prerenderedPageHashes(internalPath) : undefined;
  // Course pages are built ahead of time, so no page code runs to check the session: for them it
  // is checked here, from the cookie's signature alone (their text is the same for everyone; what
  // is hers is loaded separately, with the full check). Pages and handlers made per request check
  // it themselves.
  if (prerendered && isSignedInOnlyPath(pathname) && !(await signedIn(request))) {
    const signIn = new URL("/signin", request.url);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  const permit = prerendered ? { hashes: prerendered } : { nonce: Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64") };
  const policy = contentSecurityPolicy(permit, env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const requestId = requestIdFrom(requestHeaders.get("x-request-id"));
  requestHeaders.set("x-request-id", requestId);

  let response: NextResponse;
  if (locale && internalPath) {
    requestHeaders.set(NEXT_INTL_LOCALE_HEADER, locale);
    // A server started with `-H 127.0.0.1` takes this rewrite for another site's address and fails
    // (next.js issue 94745): start it without -H, or with 0.0.0.0 or a name.
    const target = new URL(`${internalPath}${search}`, request.url);
    response = NextResponse.rewrite(target, { request: { headers: requestHeaders } });
    // A page made for this request may carry her data: never stored, even by her own browser.
    if (!prerendered) response.headers.set("cache-control", "private, no-store");
  } else {
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("content-security-policy", fetchedData(request) ? FETCHED_DATA_POLICY : policy);
  response.headers.set("x-request-id", requestId);
  const https = request.nextUrl.protocol === "https:" || (env.TRUST_PROXY > 0 && request.headers.get("x-forwarded-proto") === "https");
  if (https) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  clearDeviceOnSignOut(request, response);
  return response;
}

/**
 * A request a page's script makes for data: an RSC payload, a server action's answer, JSON. Next
 * hides its own `rsc` header from this file, so it is told by the browser's Sec-Fetch-Dest
 * ("empty" for fetch()) and an Accept without HTML; the app's JSON under /api/ too (not
 * next-auth's /api/auth/, which can answer with pages). Pages fetched to be shown later keep the
 * page's policy: "Keep for offline" asks for them as HTML (lib/offline/keep-module.ts) and the
 * service worker fetches its offline page, which it shows in place of pages it does not have.
 */
function fetchedData(request: NextRequest): boolean {
  const { pathname } = request.nextUrl;
  if (pathname === OFFLINE_PAGE) return false;
  if (pathname.startsWith("/api/")) return !pathname.startsWith("/api/auth/");
  return request.headers.get("sec-fetch-dest") === "empty" && !(request.headers.get("accept") ?? "").includes("text/html");
}

/** Signing out empties the device's cache and storage for this site (lib/offline/clear-site-data.ts). */
function clearDeviceOnSignOut(request: NextRequest, response: NextResponse): void {
  if (clearsSiteData(request.method, request.nextUrl.pathname, request.headers)) response.headers.set("clear-site-data", CLEAR_SITE_DATA);
}

export const config = {
  // Static files carry no script to protect and need no request id: the build's files, the icons,
  // the web app manifest and the service worker script (app/serwist/[path], built once).
  matcher: ["/((?!_next/static|_next/image|favicon.svg|icon-192.png|icon-512.png|icon-maskable-512.png|apple-touch-icon.png|manifest.webmanifest|serwist/).*)"],
};
