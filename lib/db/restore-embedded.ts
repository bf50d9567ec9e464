import { existsSync, readdirSync, readFileSync, renameSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { countRows } from "./backup-embedded";
import { lockDatabaseDir, releaseDatabaseDir } from "./pglite-lock";

export type RestoreResult = { dir: string; tables: Record<string, number>; previousMovedTo?: string };

/**
 * Loads a db:backup tarball into the embedded database folder. Refuses while the folder is open
 * elsewhere, and refuses a folder that holds a database unless `force`: then the old folder is
 * kept beside it (renamed, never deleted), so a restore over the wrong folder can be undone.
 */
export async function restoreEmbedded({ file, dir, force = false }: { file: string; dir: string; force?: boolean }): Promise<RestoreResult> {
  const archive = readFileSync(file);
  lockDatabaseDir(dir);
  try {
    let previousMovedTo: string | undefined;
    if (existsSync(dir) && readdirSync(dir).length > 0) {
      if (!force) throw new Error(`${dir} already holds a database. Restore into an empty folder, or pass --force to replace it (the old folder is kept).`);
      previousMovedTo = `${dir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      renameSync(dir, previousMovedTo);
    }
    const pglite = new PGlite(dir, { loadDataDir: new Blob([archive]) });
    try {
      return { dir, tables: await countRows(pglite), previousMovedTo };
    } finally {
      await pglite.close();
    }
  } finally {
    releaseDatabaseDir(dir);
  }
}
