import { createHash, randomUUID } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { log } from "@/lib/log/logger";

// PGlite is one connection in one process. Two processes on one folder raise no error and silently
// lose writes, so a lock file refuses the second opener. Rules, each for a failure seen or possible:
// - The file appears complete or not at all: written under a temporary name, then hard-linked into
//   place (link fails with EEXIST, like an O_EXCL create, but never exposes a half-written file).
// - The owner is pid + the process's start time + the boot id, so a pid reused after a crash or a
//   reboot does not keep a dead owner's lock alive.
// - An empty or unparsable file (an older version, a full disk) is stale once older than a few
//   seconds; younger, it may be another starter's, so it is refused, not stolen.
// - Two starters racing on one stale lock: only the one that exclusively creates the takeover file
//   named after that exact stale file replaces it (an atomic rename); the other is refused.

export type LockOwner = { pid: number; startTime: string | null; bootId: string | null; id: string };

const EMPTY_STALE_AFTER_MS = 5_000;
const held = new Map<string, string>();

function readProc(file: string): string | null {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    return null;
  }
}

/** Field 22 of /proc/<pid>/stat, the start time in clock ticks since boot; null off Linux. */
function processStartTime(pid: number): string | null {
  const stat = readProc(`/proc/${pid}/stat`);
  if (!stat) return null;
  // The command name (field 2) may contain spaces and parentheses: count from the last ")".
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
}

const bootId = () => readProc("/proc/sys/kernel/random/boot_id");

export function currentOwner(): LockOwner {
  return { pid: process.pid, startTime: processStartTime(process.pid), bootId: bootId(), id: randomUUID() };
}

function parseOwner(text: string): LockOwner | null {
  try {
    const owner = JSON.parse(text) as LockOwner;
    return Number.isInteger(owner.pid) && typeof owner.id === "string" ? owner : null;
  } catch {
    return null;
  }
}

function isAlive(owner: LockOwner): boolean {
  if (owner.bootId && bootId() && owner.bootId !== bootId()) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const startTime = processStartTime(owner.pid);
  return !(owner.startTime && startTime && owner.startTime !== startTime);
}

function exclusiveWrite(target: string, content: string): boolean {
  const temp = `${target}.${process.pid}.${randomUUID()}.tmp`;
  writeFileSync(temp, content);
  try {
    linkSync(temp, target);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    unlinkSync(temp);
  }
}

type Seen = { text: string; owner: LockOwner | null; identity: string; ageMs: number } | null;

function inspect(lockPath: string): Seen {
  try {
    const stat = statSync(lockPath);
    const text = readFileSync(lockPath, "utf8");
    const identity = createHash("sha256").update(`${stat.ino}:${stat.mtimeMs}:${text}`).digest("hex").slice(0, 16);
    return { text, owner: parseOwner(text), identity, ageMs: Date.now() - stat.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

function refuse(dir: string, why: string): never {
  log.warn({ event: "db.lock.refused", dir, why }, "embedded database lock refused");
  throw new Error(
    `The embedded database in ${dir} ${why}. Only one process may open it: stop that process first, or set DATABASE_URL to use PostgreSQL.`,
  );
}

/** Takes the folder's lock for this process or throws; released on exit or by releaseDatabaseDir. */
export function lockDatabaseDir(dir: string, owner: LockOwner = currentOwner()): void {
  mkdirSync(path.dirname(dir), { recursive: true });
  const lockPath = `${dir}.lock`;
  const content = JSON.stringify(owner);
  if (!exclusiveWrite(lockPath, content)) {
    const seen = inspect(lockPath);
    if (seen?.owner && seen.owner.pid === owner.pid && seen.owner.id === owner.id) return;
    if (seen?.owner && isAlive(seen.owner)) refuse(dir, `is already open in process ${seen.owner.pid}`);
    if (seen && !seen.owner && seen.ageMs < EMPTY_STALE_AFTER_MS) refuse(dir, "is being opened by another process (its lock file is still being written)");
    if (seen) steal(dir, lockPath, seen, content);
    else if (!exclusiveWrite(lockPath, content)) refuse(dir, "was locked by another process at the same moment");
  }
  held.set(lockPath, owner.id);
  log.info({ event: "db.lock.taken", dir, pid: owner.pid }, "embedded database lock taken");
  process.once("exit", () => releaseDatabaseDir(dir));
}

function steal(dir: string, lockPath: string, seen: NonNullable<Seen>, content: string): void {
  const takeover = `${lockPath}.takeover-${seen.identity}`;
  if (!exclusiveWrite(takeover, content)) {
    // A takeover file whose owner died mid-takeover would otherwise block every start: clear it once.
    const claim = inspect(takeover);
    const abandoned = claim && (claim.owner ? !isAlive(claim.owner) : claim.ageMs >= EMPTY_STALE_AFTER_MS);
    if (!abandoned) refuse(dir, "is being taken over from a stopped process by another process");
    unlinkQuietly(takeover);
    if (!exclusiveWrite(takeover, content)) refuse(dir, "is being taken over from a stopped process by another process");
  }
  try {
    // Between our look and our claim, the file may have been replaced by a starter that claimed it
    // before us and already finished; then it is no longer the stale file we may replace.
    if (inspect(lockPath)?.identity !== seen.identity) refuse(dir, "was taken over by another process at the same moment");
    const temp = `${lockPath}.${process.pid}.${randomUUID()}.tmp`;
    writeFileSync(temp, content);
    renameSync(temp, lockPath);
    log.warn(
      { event: "db.lock.stale_taken_over", dir, previousPid: seen.owner?.pid ?? null, previousUnreadable: !seen.owner },
      "embedded database lock taken over from a stopped process",
    );
  } finally {
    unlinkQuietly(takeover);
  }
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already gone: nothing to do.
  }
}

/** Removes the lock if this process still holds it (never another owner's). */
export function releaseDatabaseDir(dir: string): void {
  const lockPath = `${dir}.lock`;
  const id = held.get(lockPath);
  if (!id) return;
  held.delete(lockPath);
  try {
    if (parseOwner(readFileSync(lockPath, "utf8"))?.id === id) unlinkSync(lockPath);
  } catch {
    // Already gone: nothing to release.
  }
}

/** Who holds the folder's lock now, if a live process does (for the backup and restore tools). */
export function lockHolder(dir: string): LockOwner | null {
  const seen = inspect(`${dir}.lock`);
  if (!seen) return null;
  if (seen.owner) return isAlive(seen.owner) ? seen.owner : null;
  return seen.ageMs < EMPTY_STALE_AFTER_MS ? { pid: 0, startTime: null, bootId: null, id: "unreadable" } : null;
}
