import { createHash } from "node:crypto";
import { createSerwistRoute } from "@serwist/turbopack";
import { OFFLINE_PAGE } from "@/lib/offline/cache-policy";
import { offlinePageHtml } from "@/lib/offline/offline-page";

// Serves the service worker (/serwist/sw.js), bundled from lib/offline/sw.ts at build time.
// Precache as little as possible, since members pay for data: the offline page (its revision is
// the hash of its HTML, so the worker fetches it again only when its text changes) and the icons.
// No source map: it would publish the worker's source, and without the file the route answers 404
// for /serwist/sw.js.map (dynamicParams is false).
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "lib/offline/sw.ts",
  useNativeEsbuild: true,
  globPatterns: ["public/icon-*.png", "public/favicon.svg"],
  additionalPrecacheEntries: [{ url: OFFLINE_PAGE, revision: createHash("sha256").update(offlinePageHtml()).digest("hex").slice(0, 16) }],
  esbuildOptions: { sourcemap: false },
});
