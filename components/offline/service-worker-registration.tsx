"use client";

import { SerwistProvider } from "@serwist/turbopack/react";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { isCoursePage } from "@/lib/offline/cache-policy";

/**
 * A course page reached by a link inside the app arrives as an RSC payload, which the worker does
 * not keep (lib/offline/cache-policy.ts isRscRequest). So that it too reopens offline, ask the
 * worker to fetch and keep its HTML: one extra page download per course page opened this way,
 * and only for the pages the worker would keep anyway (never reports, account, checks...).
 */
function KeepOpenedCoursePages() {
  const pathname = usePathname();
  const pageLoad = useRef(true);
  useEffect(() => {
    // The page load itself went through the worker, which kept it already.
    if (pageLoad.current) {
      pageLoad.current = false;
      return;
    }
    if (!navigator.onLine || !isCoursePage(pathname)) return;
    navigator.serviceWorker?.controller?.postMessage({ type: "CACHE_URLS", payload: { urlsToCache: [pathname] } });
  }, [pathname]);
  return null;
}

/** Registers the service worker (lib/offline/sw.ts) on every page; renders nothing. */
export function ServiceWorkerRegistration({ disabled }: { disabled: boolean }) {
  return (
    // reloadOnOnline off: a reload when the network returns would throw away what she was typing.
    <SerwistProvider swUrl="/serwist/sw.js" disable={disabled} cacheOnNavigation={false} reloadOnOnline={false}>
      {!disabled && <KeepOpenedCoursePages />}
    </SerwistProvider>
  );
}
