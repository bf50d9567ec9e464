// The server's half of "sign-out clears the device": the answer to next-auth's sign-out POST tells
// the browser to drop this site's HTTP cache and storage (Cache Storage, IndexedDB, the service
// worker), which also covers a phone where the sign-out button's own clearing could not run.
// Cookies are left to next-auth, which ends the session itself.

export const CLEAR_SITE_DATA = '"cache", "storage"';
const SIGN_OUT_PATH = "/api/auth/signout";

/**
 * Only for the app's own sign-out request: a form on another site could post there too, and must
 * not be able to wipe what a member keeps on her phone (her offline answers waiting to be sent).
 */
export function clearsSiteData(method: string, pathname: string, headers: Headers): boolean {
  return method === "POST" && pathname === SIGN_OUT_PATH && headers.get("sec-fetch-site") === "same-origin";
}
