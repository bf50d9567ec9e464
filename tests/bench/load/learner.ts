import type { Instance } from "./servers";
import { countError, errorKind, type Stats } from "./stats";

// One learner: signs in, then opens each lesson in course order and completes it with the form the
// page renders for browsers without JavaScript (a multipart POST carrying the server action's id).
// A failed step is retried, on whichever instance comes next, until the run ends.

export type Lesson = { module: string; lesson: string };
export type Shared = { instances: Instance[]; stats: Stats; acknowledged: Set<string>; until: number; next: number };

const TIMEOUT_MS = 15_000;
// Checking a password costs scrypt at N=2^17 (about half a second of one core): a sign-in waits longer.
const SIGN_IN_TIMEOUT_MS = 60_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function pick(shared: Shared): string {
  shared.next = (shared.next + 1) % shared.instances.length;
  return shared.instances[shared.next]!.base;
}

async function request(
  shared: Shared,
  path: string,
  init: RequestInit = {},
  timeoutMs = TIMEOUT_MS,
): Promise<{ response: Response; body: string } | undefined> {
  const started = performance.now();
  shared.stats.requests += 1;
  // An AbortController held here, not AbortSignal.timeout(): that signal was seen never to fire
  // here (a request to an instance stalled on a restarting PostgreSQL hung the whole bench).
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException("timeout", "TimeoutError")), timeoutMs);
  try {
    const base = pick(shared);
    // Server actions and sign-in compare Origin with the host they were sent to.
    const headers = { ...(init.headers as Record<string, string>), ...(init.method === "POST" ? { origin: base } : {}) };
    const response = await fetch(base + path, { ...init, headers, redirect: "manual", signal: controller.signal });
    const body = await response.text();
    shared.stats.latencies.push(performance.now() - started);
    if (response.status >= 500) countError(shared.stats, `http ${response.status}`);
    return { response, body };
  } catch (error) {
    countError(shared.stats, errorKind(error));
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);

async function signIn(shared: Shared, email: string, password: string, client: Record<string, string>): Promise<string | undefined> {
  while (Date.now() < shared.until) {
    const csrf = await request(shared, "/api/auth/csrf", { headers: client });
    if (csrf?.response.status === 200) {
      const cookies = cookiesOf(csrf.response);
      const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
      const callback = await request(shared, "/api/auth/callback/credentials", {
        method: "POST",
        headers: { ...client, "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
        body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
      }, SIGN_IN_TIMEOUT_MS);
      const session = callback && cookiesOf(callback.response).find((cookie) => cookie.includes("session-token"));
      if (session) return [...cookies, session].join("; ");
      if (callback && callback.response.status < 500) countError(shared.stats, `sign-in refused (${callback.response.status})`);
    }
    await pause(250);
  }
  return undefined;
}

/** The hidden fields of the page's "complete" form, or undefined when the page has none. */
function completeForm(html: string): FormData | undefined {
  const form = [...html.matchAll(/<form[^>]*>.*?<\/form>/gs)].map((m) => m[0]).find((f) => f.includes('name="lessonSlug"'));
  if (!form) return undefined;
  const data = new FormData();
  for (const input of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) data.append(input[1]!, input[2] ?? "");
  return data;
}

/**
 * `address` is the learner's own client address, passed on as a front proxy would (the instances
 * run with TRUST_PROXY=1): fifty people in fifty places, not fifty sign-ins from one address, which
 * the per-address sign-in limit would rightly slow down.
 */
export async function runLearner(shared: Shared, userId: string, email: string, password: string, lessons: Lesson[], address: string): Promise<void> {
  const client = { "x-forwarded-for": address };
  const cookie = await signIn(shared, email, password, client);
  if (!cookie) return;
  for (const { module, lesson } of lessons) {
    const path = `/learn/${module}/${lesson}`;
    const key = `${userId}/${module}/${lesson}`;
    while (Date.now() < shared.until && !shared.acknowledged.has(key)) {
      const page = await request(shared, path, { headers: { ...client, cookie } });
      const form = page?.response.status === 200 ? completeForm(page.body) : undefined;
      if (page && page.response.status < 500 && !form) countError(shared.stats, `lesson page ${page.response.status} without form`);
      if (!form) {
        await pause(250);
        continue;
      }
      const posted = await request(shared, path, { method: "POST", body: form, headers: { ...client, cookie } });
      const location = posted?.response.headers.get("location") ?? "";
      if (posted?.response.status === 303 && location.startsWith(`/learn/${module}/`)) {
        shared.acknowledged.add(key);
      } else {
        if (posted && posted.response.status < 500) countError(shared.stats, `complete answered ${posted.response.status} ${location}`.trim());
        await pause(250);
      }
    }
    if (Date.now() >= shared.until) return;
  }
}
