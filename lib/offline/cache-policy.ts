// Which requests the service worker may keep, as pure functions shared by the worker
// (lib/offline/sw.ts) and the page (components/offline/). Kept apart from the worker so that the
// rules can be unit-tested and the page can ask for exactly what the worker would keep.

/** Shown for a page load that fails offline with nothing stored; precached by the service worker. */
export const OFFLINE_PAGE = "/offline";

/** /learn segments that are not modules: a member's own work or results, never cached. */
const LEARN_RESERVED = new Set(["certificate", "memo", "course-test"]);

/**
 * Pages a member reads: the same course text for everyone plus her own progress, kept on her
 * device so that a page she has opened reopens offline. Anything not listed here (reports,
 * cohorts, admin, account, invitations, reviews, API, auth, checks, certificate, memo) is never
 * cached.
 */
export function isCoursePage(pathname: string): boolean {
  if (["/learn", "/glossary", "/about", "/sources", "/job-aids"].includes(pathname)) return true;
  const segments = pathname.split("/").slice(1);
  if (segments.some((segment) => segment === "" || segment === "." || segment === "..")) return false;
  const [root, first, second, ...rest] = segments;
  if (rest.length > 0 || !first) return false;
  if (root === "job-aids") return second === undefined;
  if (root !== "learn" || LEARN_RESERVED.has(first)) return false;
  return second !== "check";
}

/** Hashed build output and the icons: they never change under the same address. */
export function isImmutableAsset(pathname: string): boolean {
  return pathname.startsWith("/_next/static/") || /^\/(icon-[a-z0-9-]+\.png|apple-touch-icon\.png|favicon\.svg)$/.test(pathname);
}

/**
 * A React Server Components request from Next's client router (a link followed inside the app, or
 * a prefetch). Never cached: its payload is computed against the router state of the page that
 * asked, so a stored one may not fit another page, and prefetches would fill a member's phone
 * with pages she never opened. When one fails offline, Next falls back to a full page load,
 * which the page cache answers.
 */
export function isRscRequest(url: URL, headers: Headers): boolean {
  return headers.get("RSC") === "1" || url.searchParams.has("_rsc");
}
