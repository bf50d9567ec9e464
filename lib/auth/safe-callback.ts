/**
 * Where to go after signing in: a path on this site, or the fallback. The value is parsed as a URL
 * against the site's origin, the way a browser would resolve it, so every trick that turns a
 * "path" into another host (`//evil.example`, `/\evil.example`, a tab or newline the URL parser
 * drops, percent-encoding decoded on the way in) resolves to another origin and is refused. Only
 * the path, query and fragment are kept, and a path that would itself start with two slashes is
 * refused too, so the result can never be read as protocol-relative.
 */
export function safeCallbackPath(value: unknown, origin: string, fallback = "/learn"): string {
  if (typeof value !== "string" || value === "" || value.length > 2000) return fallback;
  let url: URL;
  let base: URL;
  try {
    base = new URL(origin);
    url = new URL(value, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base.origin) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith("/") || /^\/[/\\]/.test(path)) return fallback;
  return path;
}
