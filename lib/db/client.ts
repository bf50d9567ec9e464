import path from "node:path";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { startMailWorker, stopMailWorker } from "@/lib/mail/background-worker";
import { log } from "@/lib/log/logger";
import { applyMigrations, readMigrations } from "./migrate";
import { lockDatabaseDir, releaseDatabaseDir } from "./pglite-lock";
import { closeOnSignals } from "./shutdown";

// One client per process, opened lazily on first use (never at import, so `next build` does not
// open the database) and migrated before its first query. Kept on globalThis so a hot reload in
// development does not open PGlite a second time.

type Holder = { promise?: Promise<PrismaClient>; close?: () => Promise<void>; analyze?: () => Promise<void> };

// PostgreSQL's autovacuum keeps the planner's statistics fresh; PGlite has no such daemon, and
// without statistics the report queries pick slow plans (measured: 321 ms instead of 238 ms for the
// network report at 10,000 members). So the embedded database is analysed when it opens and then
// every ten minutes.
const ANALYZE_EVERY_MS = 10 * 60 * 1000;
const holder: Holder = ((globalThis as { __courseDb?: Holder }).__courseDb ??= {});

export function db(): Promise<PrismaClient> {
  if (env.NEXT_PHASE === "phase-production-build") {
    throw new Error(
      "A page read the database during `next build`. Call `await connection()` before reading data.",
    );
  }
  holder.promise ??= open().then(startMailWorker).then(
    (client) => {
      closeOnSignals(closeDb);
      return client;
    },
    (error: unknown) => {
      if (!isTransient(error)) failedToOpen(error);
      // PostgreSQL not reachable yet (starting, restarting): the next request tries again, and
      // /api/health answers 503 meanwhile. Only the PostgreSQL path fails this way; PGlite has no socket.
      holder.promise = undefined;
      log.error({ event: "db.unreachable", err: error }, "the database is not reachable");
      throw error;
    },
  );
  return holder.promise;
}

const TRANSIENT = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "57P03"]);

function isTransient(error: unknown): boolean {
  const { code, cause } = (error ?? {}) as { code?: unknown; cause?: { code?: unknown } };
  const found = code ?? cause?.code;
  return typeof found === "string" && TRANSIENT.has(found);
}

// A database that cannot open (a failed migration, a held lock) will not open on the next request
// either, and retrying per request opened a new PGlite each time. So the failure stays: every
// caller gets the same error, and in the Next server the process stops with it for its supervisor
// to see, instead of serving errors.
function failedToOpen(error: unknown): never {
  log.fatal({ event: "db.open_failed", err: error }, "the database could not be opened");
  if (env.NEXT_RUNTIME) {
    console.error(error);
    process.exit(1);
  }
  throw error;
}

/** Refreshes the embedded database's planner statistics now (PostgreSQL does this by itself). */
export async function refreshStatistics(): Promise<void> {
  await db();
  await holder.analyze?.();
}

export async function closeDb(): Promise<void> {
  // The mail worker finishes the message it is sending before the database goes away.
  await stopMailWorker();
  const close = holder.close;
  holder.promise = undefined;
  holder.close = undefined;
  await close?.();
}

// A transaction first waits for one of the pool's connections; Prisma gives up after 2 s and the
// request fails. When a cohort arrives at once (bench:load, 200 learners) every connection is busy
// for a moment: waiting longer is better than an error page and a lost click.
const POOL_WAIT = { maxWait: 10_000 };

async function open(): Promise<PrismaClient> {
  const migrations = await readMigrations();
  if (env.DATABASE_URL) {
    const { migratePostgres } = await import("./postgres");
    await migratePostgres(env.DATABASE_URL, migrations);
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: env.DATABASE_URL }), transactionOptions: POOL_WAIT });
    holder.close = () => client.$disconnect();
    return client;
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const inMemory = env.DATABASE_DIR.startsWith("memory://");
  const dir = inMemory ? env.DATABASE_DIR : path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.DATABASE_DIR);
  if (!inMemory) lockDatabaseDir(dir);
  const pglite = new PGlite(dir);
  // The report's sorts over every (member, module) pair spill to PGlite's in-memory file system
  // at PostgreSQL's default 4 MB; 64 MB keeps them in memory (one connection, so one budget).
  await pglite.exec("SET work_mem = '64MB'");
  await pglite.transaction((tx) => applyMigrations(tx, migrations));
  const client = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  holder.analyze = async () => {
    await pglite.exec("ANALYZE");
  };
  await holder.analyze();
  const timer = setInterval(() => holder.analyze?.().catch(() => undefined), ANALYZE_EVERY_MS);
  timer.unref();
  holder.close = async () => {
    clearInterval(timer);
    holder.analyze = undefined;
    await client.$disconnect();
    await pglite.close();
    if (!inMemory) releaseDatabaseDir(dir);
  };
  return client;
}
