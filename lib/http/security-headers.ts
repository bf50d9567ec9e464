/** What lets a page's scripts run: this request's nonce, or, for a page built ahead of time, its inline scripts' hashes. */
export type ScriptPermit = { nonce: string } | { hashes: readonly string[] };

// The Content-Security-Policy for one response. A page rendered per request runs scripts only with
// this request's nonce (Next adds it to its own scripts when it finds the policy on the request)
// and what they load ('strict-dynamic'). A page built ahead of time runs only its own inline
// scripts, by hash, and script files from this site. No other inline script, no eval outside
// development. Styles come from our own stylesheet; style attributes (a progress bar's width) are
// allowed, inline <style> elements are not.
export function contentSecurityPolicy(permit: ScriptPermit, development: boolean): string {
  const devEval = development ? " 'unsafe-eval'" : "";
  const scripts = "nonce" in permit ? `'self' 'nonce-${permit.nonce}' 'strict-dynamic'` : ["'self'", ...permit.hashes].join(" ");
  return [
    "default-src 'self'",
    `script-src ${scripts}${devEval}`,
    "nonce" in permit ? `style-src 'self' 'nonce-${permit.nonce}'` : "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ].join("; ");
}

/**
 * The policy of an answer a page's script fetched (an RSC payload, a server action's answer, JSON
 * from /api/): a browser applies a policy only to what it shows as a document, so the page's own
 * policy (350 to 650 bytes) would travel with every such answer for nothing. This one allows
 * nothing, should such an answer ever be opened as a document.
 */
export const FETCHED_DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Two years, subdomains included: only ever sent on a response that came over HTTPS. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/**
 * The largest request body the app accepts, a little above the 2 MB roster upload so that the
 * trainer meets the upload's own "file too large" message, not the framework's.
 */
export const MAX_BODY_BYTES = 2.5 * 1024 * 1024;
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
