import { offlinePageHtml } from "@/lib/offline/offline-page";

// The same for everyone and built once: the service worker precaches it (app/serwist/[path]).
export const dynamic = "force-static";

export function GET(): Response {
  return new Response(offlinePageHtml(), { headers: { "content-type": "text/html; charset=utf-8" } });
}
