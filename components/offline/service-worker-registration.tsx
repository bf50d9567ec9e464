"use client";

import { useEffect } from "react";

/**
 * Registers the service worker (lib/offline/sw.ts, bundled by serwist) on every page; renders
 * nothing. This is the browser's own call rather than Serwist's React provider: the provider and
 * @serwist/window weighed about 15 KB compressed on every first visit and did nothing more here
 * (no reload when the network returns, which would throw away what she was typing; no caching of
 * each page she navigates to, see below).
 *
 * Course pages she opens by a full page load are kept by the worker as they pass; pages reached by
 * a link inside the app come as RSC payloads, which it does not keep. Fetching each one's HTML
 * again just to keep it would cost a second download per lesson, so a module is kept whole on
 * purpose instead ("Keep for offline").
 */
export function ServiceWorkerRegistration({ disabled }: { disabled: boolean }) {
  useEffect(() => {
    if (disabled || !("serviceWorker" in navigator)) return;
    const register = () => {
      navigator.serviceWorker.register("/serwist/sw.js", { scope: "/", type: "module" }).catch((error: unknown) => {
        // Without a worker the course still works online; nothing to tell her.
        console.warn("Service worker not registered", error);
      });
    };
    // After the page has loaded, so the worker's first download does not compete with the page's.
    if (document.readyState === "complete") {
      register();
      return;
    }
    window.addEventListener("load", register, { once: true });
    return () => window.removeEventListener("load", register);
  }, [disabled]);
  return null;
}
