import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { expect, test } from "@playwright/test";

// The production server's own life on the embedded database, outside the shared test server: it
// closes PGlite and releases the lock on SIGTERM after answering what it had accepted, and a failed
// migration stops it instead of being retried on every request.
const root = path.resolve(import.meta.dirname, "../../..");
const PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const BASE = `http://127.0.0.1:${PORT}`;
const migrationCount = readdirSync(path.join(root, "prisma/migrations"), { withFileTypes: true }).filter((e) => e.isDirectory()).length;

function startServer(dataDir: string): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let output = "";
  const child = spawn("node_modules/.bin/next", ["start", "-p", String(PORT), "-H", "0.0.0.0"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", DATABASE_DIR: dataDir, OUTBOX_DIR: `${dataDir}-outbox`, NEXTAUTH_URL: BASE, LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function health(server: { child: ChildProcess }): Promise<Response | undefined> {
  for (let i = 0; i < 120 && server.child.exitCode === null; i += 1) {
    try {
      return await fetch(`${BASE}/api/health`);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  return undefined;
}

test.describe.configure({ mode: "serial", timeout: 120_000 });

test("SIGTERM answers accepted requests, then closes the embedded database and releases its lock", async () => {
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "lifecycle-")), "pglite");
  const server = startServer(dataDir);
  try {
    const first = await health(server);
    expect(first?.status).toBe(200);
    expect(await first!.json()).toEqual({ ok: true, database: "reachable", migrations: "applied" });
    expect(existsSync(`${dataDir}.lock`)).toBe(true);
    // A write through the app: a failed sign-in is counted in RateLimit.
    const csrf = await fetch(`${BASE}/api/auth/csrf`);
    const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    await fetch(`${BASE}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ csrfToken, email: "nobody@lifecycle.test", password: "wrong-password", json: "true" }),
    });
    const inFlight = Array.from({ length: 5 }, () => fetch(`${BASE}/api/health`).then((r) => r.status, () => "refused"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    server.child.kill("SIGTERM");
    const statuses = await Promise.all(inFlight);
    expect(statuses.every((status) => status === 200 || status === "refused")).toBe(true);
    expect(await server.exited).toBe(143);
  } finally {
    server.child.kill("SIGKILL");
  }
  expect(server.output()).toContain('"event":"db.closed"');
  expect(server.output().indexOf('"event":"shutdown.signal"')).toBeLessThan(server.output().indexOf('"event":"db.closed"'));
  expect(existsSync(`${dataDir}.lock`)).toBe(false);
  const pglite = new PGlite(dataDir);
  const migrations = await pglite.query<{ n: number }>(`SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`);
  const throttles = await pglite.query<{ n: number }>(`SELECT count(*)::int AS n FROM "RateLimit"`);
  await pglite.close();
  expect(migrations.rows[0]!.n).toBe(migrationCount);
  // One failed sign-in counts against three limits: account and address, account, address.
  expect(throttles.rows[0]!.n).toBe(3);
});

test("a failed migration stops the server with the error instead of retrying per request", async () => {
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "lifecycle-")), "pglite");
  // A database whose history says an applied migration was edited: the runner refuses it.
  const pglite = new PGlite(dataDir);
  await pglite.exec(`CREATE TABLE "_prisma_migrations" ("id" VARCHAR(36) PRIMARY KEY, "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ, "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0);
    INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name) VALUES ('x', 'edited', now(), '20261127000000_init');`);
  await pglite.close();
  const server = startServer(dataDir);
  try {
    await health(server);
    expect(await server.exited).toBe(1);
  } finally {
    server.child.kill("SIGKILL");
  }
  expect(server.output()).toContain('"event":"db.open_failed"');
  expect(server.output()).toContain("was changed after it was applied");
  expect(existsSync(`${dataDir}.lock`)).toBe(false);
});
