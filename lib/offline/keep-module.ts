import { deleteKeptModule, keptModule, keptModules, putKeptModule, type KeptModule } from "./device-store";
import type { KeptModuleManifest } from "./kept-module";
import type { OfflineFinalCheck } from "./prepare-final-check";
import { PAGE_CACHE_NAMES, STATIC_CACHE_NAME } from "./storage-names";

// "Keep for offline" in the browser: asks the server what to keep (GET /api/offline/modules/<m>),
// draws her final check (POST .../final-check), stores the module's pages in the service worker's
// page cache with the scripts and styles they load, and records it all in IndexedDB.

const PAGE_CACHE = PAGE_CACHE_NAMES[0];

/** A refusal or failure, with the message to show her (from the server, in her language) or a catalog key. */
export class KeepError extends Error {
  constructor(
    readonly key: "signedOut" | "noConnection" | "failed" | "server",
    message: string = key,
  ) {
    super(message);
  }
}

export type KeepProgress = { done: number; total: number };

async function request(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { credentials: "same-origin", cache: "no-store", ...init });
  } catch {
    throw new KeepError("noConnection");
  }
}

async function errorOf(response: Response): Promise<KeepError> {
  if (response.status === 401) return new KeepError("signedOut");
  const body = (await response.json().catch(() => null)) as { message?: unknown } | null;
  return typeof body?.message === "string" ? new KeepError("server", body.message) : new KeepError("failed");
}

async function manifestOf(moduleSlug: string): Promise<KeptModuleManifest> {
  const response = await request(`/api/offline/modules/${encodeURIComponent(moduleSlug)}`);
  if (!response.ok) throw await errorOf(response);
  return response.json();
}

/** Her draw, or why there is none (waiting after three failures, say): the module is kept either way. */
async function finalCheckOf(moduleSlug: string): Promise<{ finalCheck: OfflineFinalCheck | null; finalCheckNote?: string }> {
  const response = await request(`/api/offline/modules/${encodeURIComponent(moduleSlug)}/final-check`, { method: "POST" });
  if (response.ok) return { finalCheck: await response.json() };
  if (response.status === 404) return { finalCheck: null };
  const error = await errorOf(response);
  if (response.status !== 422) throw error;
  return { finalCheck: null, finalCheckNote: error.message };
}

/** The build's scripts, styles and fonts a page or stylesheet names. */
function assetsNamedIn(text: string): string[] {
  return [...new Set(text.match(/\/_next\/static\/[^"'\\\s)>]+/g) ?? [])];
}

/** Stores a page under its own address; its size in bytes. A page that ended at sign-in is refused. */
async function keepPage(cache: Cache, path: string): Promise<{ bytes: number; html: string }> {
  // Asked for as HTML, so the page comes with its own security policy (proxy.ts gives data
  // fetched by a script one that allows nothing), which it needs when it opens offline.
  const response = await request(path, { headers: { accept: "text/html" } });
  if (response.redirected || response.status === 401 || response.status === 403) throw new KeepError("signedOut");
  if (!response.ok) throw new KeepError("failed");
  const body = await response.clone().blob();
  await cache.put(path, response);
  return { bytes: body.size, html: await body.text() };
}

/** Stores an asset unless it is there already; the bytes added. */
async function keepAsset(cache: Cache, path: string, found: Set<string>): Promise<number> {
  if (await cache.match(path)) return 0;
  const response = await request(path);
  if (!response.ok) return 0;
  const body = await response.clone().blob();
  await cache.put(path, response);
  if (path.endsWith(".css")) for (const asset of assetsNamedIn(await body.text())) found.add(asset);
  return body.size;
}

/**
 * Keeps (or updates) a module on her device. Pages are stored before the record that lists them, so
 * a failure half-way leaves the earlier copy, if any, as it was listed.
 */
export async function keepModule(moduleSlug: string, onProgress: (progress: KeepProgress) => void): Promise<KeptModule> {
  const manifest = await manifestOf(moduleSlug);
  const draw = await finalCheckOf(moduleSlug);
  const pages = await caches.open(PAGE_CACHE);
  const assets = new Set<string>();
  let bytes = 0;
  let done = 0;
  const total = () => manifest.pages.length + assets.size;
  for (const path of manifest.pages) {
    const page = await keepPage(pages, path);
    bytes += page.bytes;
    for (const asset of assetsNamedIn(page.html)) assets.add(asset);
    onProgress({ done: ++done, total: total() });
  }
  const statics = await caches.open(STATIC_CACHE_NAME);
  // A stylesheet may name fonts, which join the set while it is walked.
  for (const asset of assets) {
    bytes += await keepAsset(statics, asset, assets);
    onProgress({ done: ++done, total: total() });
  }
  const record: KeptModule = { ...manifest, ...draw, bytes: 0, keptAt: new Date().toISOString() };
  record.bytes = bytes + new Blob([JSON.stringify(record)]).size;
  await putKeptModule(record);
  return record;
}

/** Removes a module and the pages no other kept module lists. Shared scripts and styles stay. */
export async function removeModule(moduleSlug: string): Promise<void> {
  const module = await keptModule(moduleSlug);
  if (!module) return;
  const others = (await keptModules()).filter((other) => other.moduleSlug !== moduleSlug);
  const stillListed = new Set(others.flatMap((other) => other.pages));
  const pages = await caches.open(PAGE_CACHE);
  await Promise.all(module.pages.filter((path) => !stillListed.has(path)).map((path) => pages.delete(path)));
  await deleteKeptModule(moduleSlug);
}

/**
 * Keeps again every kept module whose content changed since it was kept; the titles updated. Asked
 * when she is online; quietly does nothing when the server cannot be reached.
 */
export async function refreshChangedModules(): Promise<string[]> {
  const kept = await keptModules();
  if (kept.length === 0) return [];
  const response = await request("/api/offline/modules").catch(() => null);
  if (!response?.ok) return [];
  const { versions } = (await response.json()) as { versions: Record<string, string> };
  const updated: string[] = [];
  for (const module of kept) {
    const version = versions[module.moduleSlug];
    if (version === module.version) continue;
    if (version === undefined) await removeModule(module.moduleSlug);
    else {
      updated.push((await keepModule(module.moduleSlug, () => undefined)).title);
    }
  }
  return updated;
}
