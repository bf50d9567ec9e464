import { INDEXED_DB_NAMES, PAGE_CACHE_NAMES } from "./storage-names";

// Runs in the browser before signing out, so that the next person on a shared phone finds nothing
// of hers: the pages kept for offline reading and every IndexedDB database the app uses. The
// server's Clear-Site-Data header on the sign-out response (lib/offline/clear-site-data.ts) is the
// safety net when this cannot run or fails.

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    // The service worker may hold it open; the deletion then completes when it lets go, and
    // Clear-Site-Data closes it anyway. Waiting would keep her from signing out.
    request.onblocked = () => resolve();
  });
}

async function databaseNames(): Promise<string[]> {
  // Also whatever is there under a name nobody registered (databases() is missing in old browsers).
  const present = typeof indexedDB.databases === "function" ? await indexedDB.databases().catch(() => []) : [];
  return [...new Set([...INDEXED_DB_NAMES, ...present.flatMap((db) => (db.name ? [db.name] : []))])];
}

/** Never throws: signing out must go ahead whatever happens here. */
export async function clearDeviceStorage(): Promise<void> {
  const work: Promise<unknown>[] = [];
  if (typeof caches !== "undefined") work.push(...PAGE_CACHE_NAMES.map((name) => caches.delete(name)));
  if (typeof indexedDB !== "undefined") work.push(databaseNames().then((names) => Promise.all(names.map(deleteDatabase))));
  await Promise.allSettled(work);
}
