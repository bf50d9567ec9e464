import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "..");
// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

// The server under test is the production build (`npm run build` first; npm test does it), on its
// own fresh embedded database, or on PostgreSQL when DATABASE_URL is set. Not `-H 127.0.0.1`: Next then
// proxies proxy.ts's language rewrites as if to another site and fails (next.js issue 94745).
const dataDir = "data/e2e";

export default defineConfig({
  testDir: "e2e",
  outputDir: path.join(root, "test-results"),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON
    ? [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON }]]
    : [["list"]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: `rm -rf ${dataDir} ${dataDir}.lock && node_modules/.bin/tsx prisma/seed.ts --demo && exec node_modules/.bin/next start -p ${PORT} -H 0.0.0.0`,
    cwd: root,
    url: `${BASE_URL}/signin`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      DATABASE_DIR: `${dataDir}/pglite`,
      OUTBOX_DIR: `${dataDir}/outbox`,
      NEXTAUTH_URL: BASE_URL,
      // Required in production on PostgreSQL (lib/auth/secret.ts); a fixed value is fine for tests.
      NEXTAUTH_SECRET: "e2e-only-secret-not-for-production-use-0123456789",
      NEXT_TELEMETRY_DISABLED: "1",
      // The tests play the front proxy: X-Forwarded-Proto decides HSTS.
      TRUST_PROXY: "1",
    },
  },
});
