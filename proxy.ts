import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { contentSecurityPolicy, MAX_BODY_BYTES, STRICT_TRANSPORT_SECURITY } from "@/lib/http/security-headers";
import { requestIdFrom } from "@/lib/log/request-id";
import { CLEAR_SITE_DATA, clearsSiteData } from "@/lib/offline/clear-site-data";

// Runs before every page, action and route handler (Next's "proxy" file convention, which must
// live at the top level). It refuses what cannot be a real request before any app code sees it,
// and gives each response its own CSP nonce and a request id for the logs.

function refuse(status: 400 | 413, message: string): NextResponse {
  return new NextResponse(message, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

export function proxy(request: NextRequest): NextResponse {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return refuse(400, "This address is not valid. Check the link and try again.");
  }
  const length = Number(request.headers.get("content-length") ?? 0);
  if (!Number.isFinite(length) || length > MAX_BODY_BYTES) {
    return refuse(413, "This upload is too large: the limit is 2 MB. Split the file and send each part.");
  }

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce, env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const requestId = requestIdFrom(requestHeaders.get("x-request-id"));
  requestHeaders.set("x-request-id", requestId);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  response.headers.set("x-request-id", requestId);
  const https = request.nextUrl.protocol === "https:" || (env.TRUST_PROXY > 0 && request.headers.get("x-forwarded-proto") === "https");
  if (https) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  clearDeviceOnSignOut(request, response);
  return response;
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
