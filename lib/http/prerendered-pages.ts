import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Pages built ahead of time (lessons, glossary, sign-in...) cannot carry a per-request script
// nonce: their HTML was written at build time. Their Content-Security-Policy allows instead the
// exact inline scripts each page holds, by hash, and scripts from this site; nothing else runs.
// proxy.ts asks here whether the page it is about to serve is one of them.

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** The CSP source expressions ('sha256-…') of every inline script in a page's HTML. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, body = ""] of html.matchAll(INLINE_SCRIPT)) {
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

function htmlFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? htmlFiles(file) : entry.name.endsWith(".html") ? [file] : [];
  });
}

/** Internal path ("/en/learn/introduction/what-ai-is") to its inline scripts' hashes, read from a build. */
export function readPrerenderedPages(appDir: string): Map<string, string[]> {
  return new Map(
    htmlFiles(appDir).map((file) => {
      const route = `/${path.relative(appDir, file).slice(0, -".html".length).split(path.sep).join("/")}`;
      return [route, inlineScriptHashes(readFileSync(file, "utf8"))];
    }),
  );
}

let pages: Map<string, string[]> | undefined;

/** The hashes for a page `next start` serves from its build, or undefined for a page rendered per request. */
export function prerenderedPageHashes(internalPath: string): string[] | undefined {
  // Read once per process: a build never changes under a running server.
  pages ??= readPrerenderedPages(path.join(/*turbopackIgnore: true*/ process.cwd(), ".next", "server", "app"));
  return pages.get(internalPath);
}
