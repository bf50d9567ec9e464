import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { currentOwner, lockDatabaseDir, lockHolder, releaseDatabaseDir } from "@/lib/db/pglite-lock";

// Two processes on one PGlite folder silently lose writes, so the second opener must be refused,
// and a lock left by a stopped process must never block a start.
const dir = () => path.join(mkdtempSync(path.join(tmpdir(), "lock-")), "pglite");
const owner = (file: string) => JSON.parse(readFileSync(file, "utf8"));
const age = (file: string, seconds: number) => {
  const then = new Date(Date.now() - seconds * 1000);
  utimesSync(file, then, then);
};

describe("lockDatabaseDir", () => {
  it("takes a free folder and records this process as its owner", () => {
    const folder = dir();
    lockDatabaseDir(folder);
    expect(owner(`${folder}.lock`)).toMatchObject({ pid: process.pid });
    expect(lockHolder(folder)?.pid).toBe(process.pid);
    releaseDatabaseDir(folder);
  });

  it("refuses a folder held by another live process, naming it", () => {
    const folder = dir();
    writeFileSync(`${folder}.lock`, JSON.stringify({ ...currentOwner(), pid: process.ppid, startTime: null }));
    expect(() => lockDatabaseDir(folder)).toThrow(new RegExp(`already open in process ${process.ppid}`));
  });

  it("takes over a lock left by a process that has ended", () => {
    const folder = dir();
    writeFileSync(`${folder}.lock`, JSON.stringify({ ...currentOwner(), pid: 2147483646 }));
    lockDatabaseDir(folder);
    expect(owner(`${folder}.lock`).pid).toBe(process.pid);
    releaseDatabaseDir(folder);
  });

  it("takes over a lock whose pid was reused by a process started later", () => {
    const folder = dir();
    writeFileSync(`${folder}.lock`, JSON.stringify({ ...currentOwner(), pid: process.ppid, startTime: "1" }));
    lockDatabaseDir(folder);
    expect(owner(`${folder}.lock`).pid).toBe(process.pid);
    releaseDatabaseDir(folder);
  });

  it("takes over a lock written before the last reboot", () => {
    const folder = dir();
    writeFileSync(`${folder}.lock`, JSON.stringify({ ...currentOwner(), pid: process.ppid, bootId: "another-boot" }));
    lockDatabaseDir(folder);
    expect(owner(`${folder}.lock`).pid).toBe(process.pid);
    releaseDatabaseDir(folder);
  });

  it("takes over an empty lock file older than a few seconds, and refuses a fresh one", () => {
    const old = dir();
    writeFileSync(`${old}.lock`, "");
    age(`${old}.lock`, 60);
    lockDatabaseDir(old);
    expect(owner(`${old}.lock`).pid).toBe(process.pid);
    releaseDatabaseDir(old);

    const fresh = dir();
    writeFileSync(`${fresh}.lock`, "");
    expect(() => lockDatabaseDir(fresh)).toThrow(/being opened by another process/);
  });

  it("refuses while another live process is taking over the same stale lock, not after it died", () => {
    const folder = dir();
    const lockFile = `${folder}.lock`;
    writeFileSync(lockFile, "not json");
    age(lockFile, 60);
    const stat = statSync(lockFile);
    const identity = createHash("sha256").update(`${stat.ino}:${stat.mtimeMs}:not json`).digest("hex").slice(0, 16);
    const claim = `${lockFile}.takeover-${identity}`;
    writeFileSync(claim, JSON.stringify({ ...currentOwner(), pid: process.ppid, startTime: null }));
    expect(() => lockDatabaseDir(folder)).toThrow(/being taken over/);
    writeFileSync(claim, JSON.stringify({ ...currentOwner(), pid: 2147483646 }));
    lockDatabaseDir(folder);
    expect(owner(lockFile).pid).toBe(process.pid);
    expect(existsSync(claim)).toBe(false);
    releaseDatabaseDir(folder);
  });

  it("releases only its own lock", () => {
    const folder = dir();
    lockDatabaseDir(folder);
    writeFileSync(`${folder}.lock`, JSON.stringify({ ...currentOwner(), pid: process.ppid }));
    releaseDatabaseDir(folder);
    expect(owner(`${folder}.lock`).pid).toBe(process.ppid);
  });

  it("lets exactly one of several processes starting together take a stale lock", async () => {
    const folder = dir();
    writeFileSync(`${folder}.lock`, JSON.stringify({ ...currentOwner(), pid: 2147483646 }));
    const run = promisify(execFile);
    const racer = path.join(import.meta.dirname, "fixtures", "lock-racer.ts");
    const goAt = Date.now() + 4_000;
    const results = await Promise.all(
      Array.from({ length: 6 }, () => run("node_modules/.bin/tsx", [racer, folder, String(goAt)]).then((r) => r.stdout.trim())),
    );
    expect(results.filter((result) => result === "won")).toHaveLength(1);
    expect(results.filter((result) => result === "refused")).toHaveLength(5);
  }, 30_000);
});
