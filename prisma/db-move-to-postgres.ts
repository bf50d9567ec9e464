// npm run db:move-to-postgres: copies the embedded database (DATABASE_DIR) into the EMPTY PostgreSQL
// database named by DATABASE_URL. Stop the server first; afterwards, start it with DATABASE_URL set.
import path from "node:path";
import { env } from "@/lib/env";
import { moveToPostgres } from "@/lib/db/move-to-postgres";

if (!env.DATABASE_URL) {
  console.error("Set DATABASE_URL to the empty PostgreSQL database to copy into.");
  process.exit(1);
}
const dir = path.resolve(env.DATABASE_DIR);
const target = new URL(env.DATABASE_URL);
moveToPostgres({ dir, databaseUrl: env.DATABASE_URL })
  .then(({ copied, sequences }) => {
    console.log(`Copied ${dir} into PostgreSQL database "${target.pathname.slice(1)}" on ${target.hostname}, in one transaction:`);
    for (const [table, n] of Object.entries(copied)) console.log(`  ${table.padEnd(20)} ${n} rows`);
    console.log(`Moved ${sequences.length} id sequence(s) past the copied ids. Row counts checked equal.`);
  })
  .catch((error) => {
    console.error(`Move refused or failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
