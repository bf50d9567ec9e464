// Signing in and out from the browser through next-auth's REST endpoints (GET /api/auth/csrf, POST
// /api/auth/callback/credentials, POST /api/auth/signout), which is all `next-auth/react` does for
// us. That package is about 10 KB compressed and was sent with every page for the sign-out button
// alone; the app keeps no client-side session (the header asks /api/me), so none of the rest of it
// was used.

const AUTH = "/api/auth";

export type SignInResult = { ok: true } | { ok: false; error: string };

/** A form post to one of next-auth's endpoints, with the CSRF token it checks (its cookie comes along). */
async function postToAuth(path: string, fields: Record<string, string>): Promise<Response> {
  const { csrfToken } = (await (await fetch(`${AUTH}/csrf`)).json()) as { csrfToken: string };
  return fetch(`${AUTH}/${path}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...fields, csrfToken, json: "true" }),
  });
}

/**
 * Signs in with email and password. next-auth answers with the address it would have redirected
 * to; a refusal carries its reason in that address's `error` (for example "throttled", or
 * "CredentialsSignin" for a wrong password). Rejects when the server cannot be reached.
 */
export async function signInWithPassword(email: string, password: string): Promise<SignInResult> {
  const response = await postToAuth("callback/credentials", { email, password });
  const { url } = (await response.json()) as { url?: string };
  const error = url ? new URL(url, window.location.origin).searchParams.get("error") : "unknown";
  return response.ok && !error ? { ok: true } : { ok: false, error: error ?? "unknown" };
}

/** Ends the session on the server (its cookie is cleared in the answer), then opens the home page. */
export async function signOutAndLeave(): Promise<void> {
  await postToAuth("signout", { callbackUrl: "/" });
  window.location.assign("/");
}
