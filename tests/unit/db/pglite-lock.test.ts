import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lockDatabaseDir } from "@/lib/db/pglite-lock";

// Two processes on one PGlite folder silently lose writes, so the second opener must be refused.
describe("lockDatabaseDir", () => {
  const dir = () => path.join(mkdtempSync(path.join(tmpdir(), "lock-")), "pglite");

  it("takes a free folder and records its own pid", () => {
    const folder = dir();
    lockDatabaseDir(folder);
    expect(readFileSync(`${folder}.lock`, "utf8")).toBe(String(process.pid));
  });

  it("refuses a folder held by another live process, naming it", () => {
    const folder = dir();
    writeFileSync(`${folder}.lock`, String(process.ppid));
    expect(() => lockDatabaseDir(folder)).toThrow(new RegExp(`already open in process ${process.ppid}`));
  });

  it("takes over a lock left by a process that has ended", () => {
    const folder = dir();
    writeFileSync(`${folder}.lock`, "2147483646");
    lockDatabaseDir(folder);
    expect(readFileSync(`${folder}.lock`, "utf8")).toBe(String(process.pid));
  });
});
