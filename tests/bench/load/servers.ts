import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import path from "node:path";

// App instances under test: production builds started with `next start`, as in production.

export type Instance = { port: number; base: string; child?: ChildProcess; logFile: string; starts: number };

export function startInstance(instance: Instance, env: Record<string, string>, root: string): void {
  instance.starts += 1;
  const out = createWriteStream(instance.logFile, { flags: "a" });
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(instance.port), "-H", "0.0.0.0"], {
    cwd: root,
    env: { ...process.env, ...env, NEXTAUTH_URL: instance.base },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  instance.child = child;
}

export async function waitReady(instance: Instance, timeoutMs = 60_000): Promise<number> {
  const started = Date.now();
  let last = "no answer";
  while (Date.now() - started < timeoutMs) {
    try {
      const response = await fetch(`${instance.base}/api/health`, { signal: AbortSignal.timeout(10_000) });
      if (response.status === 200) return Date.now() - started;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      // Not listening yet.
      last = String((error as { cause?: { code?: string } }).cause?.code ?? error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The instance on port ${instance.port} was not healthy within ${timeoutMs / 1000} s (last: ${last}; see ${instance.logFile})`);
}

export async function stopInstance(instance: Instance, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  const child = instance.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill(signal);
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}
