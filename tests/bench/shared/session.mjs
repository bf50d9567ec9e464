// Signing in as a demo account through next-auth's credentials endpoint, the way the sign-in form
// does, so a benchmark can send her session cookie without driving the form.

export const DEMO = {
  member: { email: "member@demo.local", password: "demo-member-pass" },
  trainer: { email: "trainer@demo.local", password: "demo-trainer-pass" },
  coordinator: { email: "coordinator@demo.local", password: "demo-coordinator-pass" },
};

/** The Cookie header of a signed-in session (CSRF cookie included). */
export async function signIn(base, { email, password }) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const { csrfToken } = await csrf.json();
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.includes("session-token"));
  if (!session) throw new Error(`Sign-in as ${email} failed: is the demo seeded and the server running at ${base}?`);
  return [...cookies, session].join("; ");
}

/** The same cookies in the shape Playwright's context.addCookies takes. */
export function browserCookies(cookieHeader, base) {
  return cookieHeader.split("; ").map((pair) => {
    const at = pair.indexOf("=");
    return { name: pair.slice(0, at), value: pair.slice(at + 1), url: base };
  });
}

/** The first cohort the demo trainer sees, as /cohorts/<id>. */
export async function firstCohortPath(base, trainerCookie) {
  const html = await (await fetch(`${base}/cohorts`, { headers: { cookie: trainerCookie } })).text();
  const match = html.match(/href="(\/cohorts\/[^"/]+)"/);
  if (!match) throw new Error("The demo trainer sees no cohort at /cohorts");
  return match[1];
}
