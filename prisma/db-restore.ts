// npm run db:restore -- <file> [--force]: loads a db:backup tarball into DATABASE_DIR. Refuses while
// the server has the folder open, and refuses a folder holding a database unless --force (then the
// old folder is kept beside it, renamed).
import path from "node:path";
import { env } from "@/lib/env";
import { restoreEmbedded } from "@/lib/db/restore-embedded";

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith("--"));
if (env.DATABASE_URL || !file) {
  console.error(env.DATABASE_URL ? "DATABASE_URL is set: restore PostgreSQL with pg_restore or psql (see README)." : "Usage: npm run db:restore -- <backup.tar.gz> [--force]");
  process.exit(1);
}
const dir = path.resolve(env.DATABASE_DIR);
restoreEmbedded({ file: path.resolve(file), dir, force: args.includes("--force") })
  .then(({ tables, previousMovedTo }) => {
    if (previousMovedTo) console.log(`Moved the previous database aside to ${previousMovedTo}.`);
    console.log(`Restored ${path.resolve(file)} into ${dir}.`);
    for (const [table, n] of Object.entries(tables)) console.log(`  ${table.padEnd(20)} ${n} rows`);
  })
  .catch((error) => {
    console.error(`Restore refused or failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
