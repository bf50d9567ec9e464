// npm run db:backup [-- <file>]: the embedded database as a gzip tarball of its data folder
// (PGlite's dumpDataDir). Refuses while the server has it open. For PostgreSQL, use pg_dump.
import path from "node:path";
import { env } from "@/lib/env";
import { backupEmbedded } from "@/lib/db/backup-embedded";

if (env.DATABASE_URL) {
  console.error("DATABASE_URL is set: this database is PostgreSQL. Back it up with pg_dump (see README).");
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const file = path.resolve(process.argv[2] ?? path.join("data", "backups", `course-${stamp}.tar.gz`));
backupEmbedded({ dir: path.resolve(env.DATABASE_DIR), file })
  .then(({ bytes, tables }) => {
    console.log(`Backed up ${path.resolve(env.DATABASE_DIR)} to ${file} (${(bytes / 1024).toFixed(0)} KB).`);
    for (const [table, n] of Object.entries(tables)) console.log(`  ${table.padEnd(20)} ${n} rows`);
  })
  .catch((error) => {
    console.error(`Backup refused or failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
