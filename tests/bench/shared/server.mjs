// The server a benchmark measures: BASE_URL when given (a production server you started), otherwise
// one it starts itself the way tests/playwright.config.ts does: a fresh embedded database seeded with
// the demo accounts in a temporary folder (or DATABASE_URL's PostgreSQL, passed through), then
// `next start` of the build in the repository root on BENCH_PORT.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../../..");

/** Starts the app (or uses BASE_URL); returns its address, a restart and a stop. */
export async function appServer(name, defaultPort) {
  if (process.env.BASE_URL) return { base: process.env.BASE_URL.replace(/\/$/, ""), own: false, restart: async () => {}, stop: async () => {} };
  if (!existsSync(path.join(root, ".next/BUILD_ID"))) throw new Error(`${name} starts the production build: run \`npm run build\` first (or give BASE_URL).`);
  const port = Number(process.env.BENCH_PORT ?? defaultPort);
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), `${name}-`));
  const env = {
    ...process.env,
    DATABASE_DIR: path.join(dataDir, "pglite"),
    OUTBOX_DIR: path.join(dataDir, "outbox"),
    NEXTAUTH_URL: base,
    NEXTAUTH_SECRET: "bench-only-secret-not-for-production-use-0123456789",
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: "warn",
  };
  const seed = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["prisma/seed.ts", "--demo"], { cwd: root, env, encoding: "utf8" });
  if (seed.status !== 0) throw new Error(`Seeding failed:\n${seed.stderr}`);
  const server = await startNext(root, port, env, path.join(dataDir, "server.log"));
  let child = server;
  console.log(`${name}: started \`next start\` on ${base} (data and log in ${dataDir})`);
  return {
    base,
    own: true,
    restart: async () => {
      await stopChild(child);
      child = await startNext(root, port, env, path.join(dataDir, "server.log"));
    },
    /** Stops the server; its data and log are kept when the run failed, to read why. */
    stop: async (failed = false) => {
      await stopChild(child);
      if (failed) console.error(`The server's data and log are kept in ${dataDir}`);
      else rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** `next start` of the build in `dir`; resolves once it answers. */
export async function startNext(dir, port, env, logFile) {
  const log = openSync(logFile, "a");
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "0.0.0.0"], {
    cwd: dir,
    env,
    stdio: ["ignore", log, log],
  });
  const started = Date.now();
  while (Date.now() - started < 60_000) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}; see ${logFile}`);
    const answered = await fetch(`http://127.0.0.1:${port}/`, { redirect: "manual", signal: AbortSignal.timeout(5_000) }).catch(() => null);
    if (answered) return child;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill("SIGKILL");
  throw new Error(`next start in ${dir} did not answer on port ${port} within 60 s; see ${logFile}`);
}

export async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}
