import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { promisify } from "node:util";

// Faults injected mid-run. The PostgreSQL restart hits every database of this machine's cluster,
// so the bench does it at most once per run, and only when asked. Run asynchronously: a blocking
// call would stall the learners and count the stall as server latency.

export async function restartPostgres(): Promise<{ ms: number; how: string }> {
  const version = readdirSync("/etc/postgresql").sort().at(-1);
  if (!version) throw new Error("No PostgreSQL cluster under /etc/postgresql");
  const started = Date.now();
  await promisify(execFile)("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "restart"]);
  return { ms: Date.now() - started, how: `pg_ctlcluster ${version} main restart` };
}
