// Page server time, measured against a running server (`npm run demo`, then `npm run bench:pages`).
// Signs in as the demo member, then requests each page REPEAT times one after another and prints the
// first (cold: MDX compiled, content read) and the median and 90th percentile of the rest (warm),
// with each page's ratio to the about page, which reads no database and compiles no MDX.
import { performance } from "node:perf_hooks";

const BASE = process.env.BASE_URL ?? "http://localhost:3000";
const REPEAT = Number(process.env.REPEAT ?? 50);
const PAGES = ["/about", "/learn", "/learn/introduction", "/learn/minimizing-harm/accuracy-and-error", "/learn/introduction/check"];

async function signIn() {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const { csrfToken } = await csrf.json();
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email: "member@demo.local", password: "demo-member-pass", json: "true" }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.includes("session-token"));
  if (!session) throw new Error("Sign-in failed: is the demo seeded and the server running at " + BASE + "?");
  return [...cookies, session].join("; ");
}

async function time(path, cookie) {
  const start = performance.now();
  const response = await fetch(BASE + path, { headers: { cookie }, redirect: "manual" });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  return performance.now() - start;
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

const cookie = await signIn();
const rows = [];
for (const path of PAGES) {
  const first = await time(path, cookie);
  const warm = [];
  for (let i = 0; i < REPEAT; i += 1) warm.push(await time(path, cookie));
  warm.sort((a, b) => a - b);
  rows.push({ path, first, median: quantile(warm, 0.5), p90: quantile(warm, 0.9) });
}
const baseline = rows[0].median;
console.log(`${REPEAT} warm requests per page, sequential, against ${BASE}`);
console.log("page".padEnd(44), "first ms", "median ms", "p90 ms", "x about");
for (const row of rows) {
  console.log(
    row.path.padEnd(44),
    row.first.toFixed(1).padStart(8),
    row.median.toFixed(1).padStart(9),
    row.p90.toFixed(1).padStart(6),
    (row.median / baseline).toFixed(2).padStart(7),
  );
}
