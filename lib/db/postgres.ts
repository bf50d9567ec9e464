import pg from "pg";
import { applyMigrations, type Migration } from "./migrate";

// Prisma's own advisory-lock key: two app instances starting together, or `prisma migrate deploy`
// running beside us, wait for each other instead of applying the same migration twice.
const PRISMA_MIGRATE_LOCK = 72707369;

export async function migratePostgres(connectionString: string, migrations: Migration[]): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [PRISMA_MIGRATE_LOCK]);
    const applied = await applyMigrations(
      {
        exec: (sql) => client.query(sql),
        query: async <Row>(sql: string, params?: unknown[]) => ({
          rows: (await client.query(sql, params)).rows as Row[],
        }),
      },
      migrations,
    );
    await client.query("COMMIT");
    return applied;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
