import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { log } from "@/lib/log/logger";

// Applies prisma/migrations/*/migration.sql and records them in _prisma_migrations exactly as
// `prisma migrate deploy` does, so Prisma's own tooling agrees with us wherever its engine exists.
// Prisma's engine cannot be downloaded on every machine we run on, hence this runner.

export type Migration = { name: string; sql: string; checksum: string };

/** One transaction's worth of SQL access; both drivers provide it. */
export type SqlSession = {
  exec(sql: string): Promise<unknown>;
  query<Row>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
};

const migrationsDir = () => path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");

export async function readMigrations(dir = migrationsDir()): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

const createHistoryTable = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Applies every pending migration inside the caller's transaction; returns the names applied. */
export async function applyMigrations(session: SqlSession, migrations: Migration[]): Promise<string[]> {
  await session.exec(createHistoryTable);
  const { rows } = await session.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`,
  );
  const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
  const pending: string[] = [];
  for (const migration of migrations) {
    const checksum = applied.get(migration.name);
    if (checksum !== undefined) {
      if (checksum !== migration.checksum) {
        throw new Error(
          `Migration ${migration.name} was changed after it was applied. Add a new migration instead of editing an applied one.`,
        );
      }
      continue;
    }
    try {
      await session.exec(migration.sql);
    } catch (error) {
      log.error({ event: "migration.failed", migration: migration.name, err: error }, "migration failed");
      throw new Error(`Migration ${migration.name} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    log.info({ event: "migration.applied", migration: migration.name }, "migration applied");
    await session.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    pending.push(migration.name);
  }
  return pending;
}
