import { closeDb } from "@/lib/db/client";

/**
 * Runs an operator script: the database is closed when it ends (the embedded one is single-process,
 * so a script must let go of it), and a failure prints its message, not a stack, and exits with 1.
 */
export function runScript(main: () => Promise<void>): void {
  main()
    .then(() => closeDb())
    .catch(async (error) => {
      console.error(error instanceof Error ? error.message : error);
      await closeDb();
      process.exit(1);
    });
}
