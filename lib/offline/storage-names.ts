// Every name under which the app keeps something on a member's device, in one place, so that
// signing out can remove all of it (lib/offline/clear-device-storage.ts). Whoever adds a cache or
// an IndexedDB database registers its name here.

/** Runtime caches holding pages rendered for the member who was signed in: hers alone. */
export const PAGE_CACHE_NAMES = ["course-pages"] as const;

/** Content-hashed scripts, styles, fonts and icons: the same for everyone, nothing personal. */
export const STATIC_CACHE_NAME = "static-assets";

/** Serwist prefixes its precache (the offline page and icons) with this; it holds nothing personal. */
export const CACHE_ID = "course";

/** Her kept modules and what she did offline, waiting to be sent (lib/offline/device-store.ts). */
export const DEVICE_DATABASE = "course-offline";

/**
 * IndexedDB databases that hold anything of hers, deleted on sign-out. (Serwist's
 * "serwist-expiration" lists the static files' ages only; sign-out removes it too, with every
 * database the browser reports.)
 */
export const INDEXED_DB_NAMES: readonly string[] = [DEVICE_DATABASE];
