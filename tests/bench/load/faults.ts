import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";

// Faults injected mid-run. The PostgreSQL restart hits every database of this machine's cluster,
// so the bench does it at most once per run, and only when asked.

export function restartPostgres(): { ms: number; how: string } {
  const version = readdirSync("/etc/postgresql").sort().at(-1);
  if (!version) throw new Error("No PostgreSQL cluster under /etc/postgresql");
  const started = Date.now();
  execFileSync("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "restart"], { stdio: "ignore" });
  return { ms: Date.now() - started, how: `pg_ctlcluster ${version} main restart` };
}
