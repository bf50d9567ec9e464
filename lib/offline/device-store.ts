import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { FinalAttemptResult } from "@/lib/progress/final-attempt-result";
import type { KeptModuleManifest } from "./kept-module";
import type { OfflineFinalCheck } from "./prepare-final-check";
import type { OfflineSend } from "./schemas";
import { DEVICE_DATABASE } from "./storage-names";

// The member's own offline data on her device, in IndexedDB (through idb): the modules she kept
// and what she did offline, waiting to be sent. Browser only. Sign-out deletes the database
// (clear-device-storage.ts); every change is announced with STORE_CHANGED so that the panels showing
// it read it again.

/** A module kept for offline study. Its pages are in the service worker's page cache. */
export type KeptModule = KeptModuleManifest & {
  /** Her final-check draw (questions, never answers), or null when the server would not start one. */
  finalCheck: OfflineFinalCheck | null;
  /** Why there is no draw, in her language, as the server said it. */
  finalCheckNote?: string;
  /** Bytes stored for it: its pages and the scripts and styles they needed that were not stored yet. */
  bytes: number;
  keptAt: string;
};

/**
 * Something she did offline. "waiting" until the server answers; then a lesson completion is removed,
 * a final check becomes "answered" (with her result) and anything the server refused becomes
 * "refused" (with its message), both shown until she dismisses them.
 */
export type QueuedSend = {
  seq?: number;
  item: OfflineSend;
  /** What it was, in words: the lesson's or module's title. */
  label: string;
  state: "waiting" | "answered" | "refused";
  message?: string;
  result?: FinalAttemptResult;
};

interface DeviceSchema extends DBSchema {
  modules: { key: string; value: KeptModule };
  queue: { key: number; value: QueuedSend };
}

export const STORE_CHANGED = "course-offline-changed";

async function open(): Promise<IDBPDatabase<DeviceSchema>> {
  const db = await openDB<DeviceSchema>(DEVICE_DATABASE, 1, {
    upgrade(database) {
      database.createObjectStore("modules", { keyPath: "moduleSlug" });
      database.createObjectStore("queue", { keyPath: "seq", autoIncrement: true });
    },
  });
  // Sign-out deletes the database: let go of it at once rather than block the deletion.
  db.addEventListener("versionchange", () => db.close());
  return db;
}

/** Opens the database for one piece of work and closes it after, so nothing holds it open. */
async function withDb<T>(work: (db: IDBPDatabase<DeviceSchema>) => Promise<T>): Promise<T> {
  const db = await open();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

/** A change to the store, then the word to the panels that show it. */
async function change(work: (db: IDBPDatabase<DeviceSchema>) => Promise<unknown>): Promise<void> {
  await withDb(work);
  window.dispatchEvent(new Event(STORE_CHANGED));
}

export const keptModule = (moduleSlug: string) => withDb((db) => db.get("modules", moduleSlug));
export const keptModules = () => withDb((db) => db.getAll("modules"));
export const putKeptModule = (module: KeptModule) => change((db) => db.put("modules", module));
export const deleteKeptModule = (moduleSlug: string) => change((db) => db.delete("modules", moduleSlug));

/** In the order she did them, which is the order they are sent. */
export const queuedSends = () => withDb((db) => db.getAll("queue"));

/** Queues what she did; `kept`, when given, is the module's record as it stands after it, written in the same transaction. */
export const enqueue = (item: OfflineSend, label: string, kept?: KeptModule) =>
  change((db) => {
    const tx = db.transaction(["queue", "modules"], "readwrite");
    return Promise.all([tx.objectStore("queue").add({ item, label, state: "waiting" }), kept && tx.objectStore("modules").put(kept), tx.done]);
  });

export const updateQueued = (entry: QueuedSend) => change((db) => db.put("queue", entry));
export const deleteQueued = (seq: number) => change((db) => db.delete("queue", seq));
