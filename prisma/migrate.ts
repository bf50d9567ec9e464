// Applies pending migrations to the configured database (the app also does this on first use).
import { closeDb, db } from "@/lib/db/client";

db()
  .then(() => closeDb())
  .then(() => console.log("Database is up to date."))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
