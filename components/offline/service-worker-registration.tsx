"use client";

import { SerwistProvider } from "@serwist/turbopack/react";

/**
 * Registers the service worker (lib/offline/sw.ts) on every page; renders nothing. Course pages
 * she opens by a full page load are kept by the worker as they pass; pages reached by a link inside
 * the app come as RSC payloads, which it does not keep. Fetching each one's HTML again just to keep
 * it would cost a second download per lesson, so a module is kept whole on purpose instead.
 */
export function ServiceWorkerRegistration({ disabled }: { disabled: boolean }) {
  return (
    // reloadOnOnline off: a reload when the network returns would throw away what she was typing.
    <SerwistProvider swUrl="/serwist/sw.js" disable={disabled} cacheOnNavigation={false} reloadOnOnline={false} />
  );
}
