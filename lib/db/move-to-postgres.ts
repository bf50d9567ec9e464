import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { countRows } from "./backup-embedded";
import { readMigrations } from "./migrate";
import { lockDatabaseDir, releaseDatabaseDir } from "./pglite-lock";
import { migratePostgres } from "./postgres";

export type MoveResult = { copied: Record<string, number>; sequences: string[] };

const BATCH = 1_000;

/** The app's tables with every table after those it references (foreign keys), from the catalog. */
async function tablesInDependencyOrder(client: pg.Client): Promise<string[]> {
  const tables = (await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  )).rows.map((row) => row.name);
  const edges = (await client.query<{ child: string; parent: string }>(
    `SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent FROM pg_constraint
     WHERE contype = 'f' AND connamespace = 'public'::regnamespace`,
  )).rows.map((edge) => ({ child: edge.child.replace(/"/g, ""), parent: edge.parent.replace(/"/g, "") }));
  const ordered: string[] = [];
  const visit = (table: string, path: string[] = []) => {
    if (ordered.includes(table) || path.includes(table)) return;
    for (const edge of edges) if (edge.child === table && edge.parent !== table) visit(edge.parent, [...path, table]);
    ordered.push(table);
  };
  tables.sort().forEach((table) => visit(table));
  return ordered;
}

/**
 * Copies the embedded database into an empty PostgreSQL database: migrates it with the app's own
 * runner, copies every table in foreign-key order in one transaction (so a failure leaves the
 * target as it was), then moves each id sequence past the copied ids. Rows travel as JSON text
 * (row_to_json, json_populate_recordset), so every column type round-trips without a mapping here.
 */
export async function moveToPostgres({ dir, databaseUrl }: { dir: string; databaseUrl: string }): Promise<MoveResult> {
  lockDatabaseDir(dir);
  const source = new PGlite(dir);
  const target = new pg.Client({ connectionString: databaseUrl });
  await target.connect();
  try {
    const existing = (await target.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    )).rows;
    const migrations = await readMigrations();
    // Rows the migrations themselves insert (the partner countries) do not make a database "used".
    const reference = new Set(migrations.flatMap((m) => [...m.sql.matchAll(/INSERT INTO "(\w+)"/g)].map((match) => match[1]!)));
    for (const { name } of existing) {
      if (reference.has(name)) continue;
      const { rows } = await target.query(`SELECT 1 FROM "${name}" LIMIT 1`);
      if (rows.length > 0) throw new Error(`The PostgreSQL database is not empty (table ${name} has rows). Give db:move-to-postgres an empty database.`);
    }
    const sourceApplied = new Set((await source.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    )).rows.map((row) => row.migration_name));
    const missing = migrations.filter((migration) => !sourceApplied.has(migration.name));
    if (missing.length > 0) throw new Error(`The embedded database lacks ${missing.length} migration(s); start the app (or npm run db:migrate) on it first.`);
    await migratePostgres(databaseUrl, migrations);
    const tables = await tablesInDependencyOrder(target);
    const copied: Record<string, number> = {};
    const sequences: string[] = [];
    await target.query("BEGIN");
    try {
      // Only reference rows can be there (checked above); the source's own copy of them wins.
      for (const table of [...tables].reverse()) await target.query(`DELETE FROM "${table}"`);
      for (const table of tables) {
        copied[table] = 0;
        // A cursor reads each table once, in batches, instead of re-scanning it for every OFFSET.
        await source.transaction(async (tx) => {
          await tx.exec(`DECLARE rows_out NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM "${table}" t`);
          for (;;) {
            const { rows } = await tx.query<{ j: string }>(`FETCH ${BATCH} FROM rows_out`);
            if (rows.length === 0) break;
            await target.query(`INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $1::json)`, [
              `[${rows.map((row) => row.j).join(",")}]`,
            ]);
            copied[table] = (copied[table] ?? 0) + rows.length;
          }
        });
      }
      const serials = await target.query<{ table_name: string; column_name: string; seq: string }>(
        `SELECT table_name, column_name, pg_get_serial_sequence(format('%I', table_name), column_name) AS seq
         FROM information_schema.columns WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`,
      );
      for (const serial of serials.rows) {
        await target.query(
          `SELECT setval($1, COALESCE((SELECT max("${serial.column_name}") FROM "${serial.table_name}"), 0) + 1, false)`,
          [serial.seq],
        );
        sequences.push(serial.seq);
      }
      await target.query("COMMIT");
    } catch (error) {
      await target.query("ROLLBACK").catch(() => undefined);
      throw error;
    }
    const sourceCounts = await countRows(source);
    for (const table of tables) {
      const { rows } = await target.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
      if (rows[0]!.n !== sourceCounts[table]) throw new Error(`Table ${table}: ${sourceCounts[table]} rows in the embedded database, ${rows[0]!.n} in PostgreSQL.`);
    }
    return { copied, sequences };
  } finally {
    await target.end();
    await source.close();
    releaseDatabaseDir(dir);
  }
}
