// `tsx tests/setup/e2e-database.ts create` prints the URL of a fresh database for the browser tests
// on the server DATABASE_URL names; `... drop <url>` removes it. Used by tests/run-all.sh.
import { createScratchDatabase, dropScratchDatabase } from "./scratch-database";

const server = process.env.DATABASE_URL;
const [command, url] = process.argv.slice(2);
if (!server) throw new Error("DATABASE_URL must name the PostgreSQL server to create the browser tests' database on.");
if (command === "create") console.log(await createScratchDatabase(server, "e2e"));
else if (command === "drop" && url) await dropScratchDatabase(server, url);
else throw new Error("Usage: tsx tests/setup/e2e-database.ts create | drop <url>");
