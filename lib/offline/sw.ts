/// <reference lib="webworker" />
// The service worker, bundled by @serwist/turbopack (app/serwist/[path]/route.ts) and registered on
// every page by components/offline/service-worker-registration.tsx.
//
// Caching policy. Members pay for data and may share a phone, so:
// - Precache: only the offline page and the icons, not the app's chunks.
// - /_next/static/** (scripts, styles, fonts) and the icons: CacheFirst. Their addresses carry a
//   content hash or never change, so a stored copy is always right.
// - Course pages a member reads (lib/offline/cache-policy.ts isCoursePage: /learn, a module, a
//   lesson, glossary, about, sources, job aids): NetworkFirst, waiting 3 s for the network before
//   answering from the cache, so a page she has opened reopens offline and a fresh one wins when
//   the network is there. Only complete 200 answers are kept (never a redirect to sign-in, a 403 or
//   an error page). These pages carry her progress: sign-out deletes them (lib/offline/
//   clear-device-storage.ts, and the server's Clear-Site-Data header as a safety net).
// - RSC requests (header `RSC: 1`, `?_rsc=`): never cached; see isRscRequest.
// - Everything else (reports, cohorts, admin, account, invitations, reviews, API, auth, checks,
//   certificate, memo, every POST): NetworkOnly, never stored. A page load that fails with nothing
//   cached shows the precached offline page.
import { CacheFirst, CacheableResponsePlugin, ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist, type PrecacheEntry, type RuntimeCaching, type SerwistGlobalConfig } from "serwist";
import { isCoursePage, isImmutableAsset, isRscRequest, OFFLINE_PAGE } from "./cache-policy";
import { CACHE_ID, PAGE_CACHE_NAMES, STATIC_CACHE_NAME } from "./storage-names";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const NETWORK_TIMEOUT_SECONDS = 3;

const sameOrigin = (url: URL) => url.origin === self.location.origin;

const runtimeCaching: RuntimeCaching[] = [
  {
    matcher: ({ url }) => sameOrigin(url) && isImmutableAsset(url.pathname),
    handler: new CacheFirst({
      cacheName: STATIC_CACHE_NAME,
      plugins: [
        new CacheableResponsePlugin({ statuses: [200] }),
        // Old builds' chunks would pile up otherwise; quota errors drop the cache rather than fail.
        // Its record (IndexedDB "serwist-expiration") lists these public files only.
        new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * 24 * 60 * 60, purgeOnQuotaError: true }),
      ],
    }),
  },
  {
    matcher: ({ url, request }) => sameOrigin(url) && isCoursePage(url.pathname) && !isRscRequest(url, request.headers),
    handler: new NetworkFirst({
      cacheName: PAGE_CACHE_NAMES[0],
      networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
      // RSC requests never reach this cache, so the Vary headers Next sends for them do not matter;
      // ignoring them lets a page stored by a background fetch answer a page load.
      matchOptions: { ignoreVary: true },
      plugins: [
        new CacheableResponsePlugin({ statuses: [200] }),
        // A page answered after a redirect is another page (sign-in): never store it under this address.
        { cacheWillUpdate: async ({ response }) => (response.redirected ? null : response) },
        // No ExpirationPlugin: the course bounds this cache (a page per address), and the plugin's
        // IndexedDB record of which pages she opened would be held open by this worker, so the
        // sign-out button could not delete it.
      ],
    }),
  },
  // Listed so that a failed page load reaches the offline fallback; nothing here is stored.
  { matcher: ({ url }) => sameOrigin(url), handler: new NetworkOnly() },
];

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  cacheId: CACHE_ID,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: true,
  disableDevLogs: true,
  runtimeCaching,
  fallbacks: { entries: [{ url: OFFLINE_PAGE, matcher: ({ request }) => request.destination === "document" }] },
});

serwist.addEventListeners();
