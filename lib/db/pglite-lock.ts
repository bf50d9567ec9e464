import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

// PGlite is one connection in one process. Two processes on one folder raise no error and silently
// lose writes, so a lock file with the owner's pid refuses the second opener.

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function lockDatabaseDir(dir: string): void {
  mkdirSync(path.dirname(dir), { recursive: true });
  const lockPath = `${dir}.lock`;
  try {
    writeFileSync(lockPath, String(process.pid), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const owner = Number(readFileSync(lockPath, "utf8"));
    if (owner !== process.pid && Number.isInteger(owner) && isAlive(owner)) {
      throw new Error(
        `The embedded database in ${dir} is already open in process ${owner}. ` +
          `Only one process may open it: stop that process first, or set DATABASE_URL to use PostgreSQL.`,
      );
    }
    writeFileSync(lockPath, String(process.pid));
  }
  process.once("exit", () => {
    try {
      if (readFileSync(lockPath, "utf8") === String(process.pid)) unlinkSync(lockPath);
    } catch {
      // Already gone: nothing to release.
    }
  });
}
