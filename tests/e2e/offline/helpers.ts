import { expect, type Page } from "@playwright/test";

/** Waits until the service worker is active, then reloads so that it controls the page. */
export async function underServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)).toMatch(/\/serwist\/sw\.js$/);
}

/** Every entry in Cache Storage, as "cache name path". */
export function cachedEntries(page: Page): Promise<{ cache: string; path: string }[]> {
  return page.evaluate(async () => {
    const entries: { cache: string; path: string }[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) entries.push({ cache: name, path: new URL(request.url).pathname });
    }
    return entries;
  });
}

export const cachedPaths = async (page: Page) => (await cachedEntries(page)).map((entry) => entry.path);

/** A database standing in for the offline queue's, which will register its name in lib/offline/storage-names.ts. */
export const STAND_IN_DATABASE = "offline-queue-stand-in";

export function createStandInDatabase(page: Page) {
  return page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name, 1);
        request.onupgradeneeded = () => request.result.createObjectStore("items");
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
    STAND_IN_DATABASE,
  );
}

export const databaseNames = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ""));
