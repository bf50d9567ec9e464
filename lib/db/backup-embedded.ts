import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { lockDatabaseDir, releaseDatabaseDir } from "./pglite-lock";

export type BackupResult = { file: string; bytes: number; tables: Record<string, number> };

/** Row counts of the app's tables, to print what a backup, restore or move carried. */
export async function countRows(pglite: PGlite): Promise<Record<string, number>> {
  const { rows } = await pglite.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of rows) {
    counts[name] = (await pglite.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}"`)).rows[0]!.n;
  }
  return counts;
}

/**
 * Writes the embedded database as PGlite's data-folder tarball (gzip). It takes the folder's lock
 * first, so it refuses while the server (or anything else) has the database open: a copy taken
 * under a running server could miss its last writes.
 */
export async function backupEmbedded({ dir, file }: { dir: string; file: string }): Promise<BackupResult> {
  lockDatabaseDir(dir);
  try {
    const pglite = new PGlite(dir);
    try {
      const tables = await countRows(pglite);
      const dump = await pglite.dumpDataDir("gzip");
      const bytes = Buffer.from(await dump.arrayBuffer());
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, bytes, { flag: "wx" });
      return { file, bytes: bytes.length, tables };
    } finally {
      await pglite.close();
    }
  } finally {
    releaseDatabaseDir(dir);
  }
}
