// The Content-Security-Policy for one response. Scripts run only with this request's nonce (Next
// adds it to its own scripts when it finds the policy on the request), and what they load
// ('strict-dynamic'); no inline script, no eval outside development. Styles come from our own
// stylesheet; style attributes (a progress bar's width) are allowed, inline <style> elements are not.
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
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

/** Two years, subdomains included: only ever sent on a response that came over HTTPS. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/**
 * The largest request body the app accepts, a little above the 2 MB roster upload so that the
 * trainer meets the upload's own "file too large" message, not the framework's.
 */
export const MAX_BODY_BYTES = 2.5 * 1024 * 1024;
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
