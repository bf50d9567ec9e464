/**
 * Course pages, built once for everyone: proxy.ts lets only the signed-in reach them, checking
 * the session cookie's signature, since no page code runs per request to do it.
 */
export function isSignedInOnlyPath(pathname: string): boolean {
  return /^\/(?:learn|job-aids)(?:\/|$)/.test(pathname);
}
