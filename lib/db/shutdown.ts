import { log } from "@/lib/log/logger";

// Closes the database when the process is told to stop, after the server has stopped taking
// requests. `next start` (next/dist/server/lib/start-server.js, 16.4.6) handles SIGTERM and SIGINT
// itself unless NEXT_MANUAL_SIG_HANDLE is set: it closes the HTTP server, waits for the requests in
// flight, runs its own cleanup, then calls process.exit(143 or 130). Closing PGlite in our own
// listener at once would fail those requests, so when another listener is there we close in the
// exit it finally calls. With no other listener (a script, NEXT_MANUAL_SIG_HANDLE), we close and exit.

const CLOSE_TIMEOUT_MS = 5_000;
const SIGNAL_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
let registered = false;

export function closeOnSignals(close: () => Promise<void>): void {
  if (registered) return;
  registered = true;
  let closing: Promise<void> | undefined;
  const closeOnce = () =>
    (closing ??= Promise.race([
      close().then(
        () => log.info({ event: "db.closed" }, "database closed"),
        (error: unknown) => log.error({ event: "db.close_failed", err: error }, "database close failed"),
      ),
      new Promise<void>((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS).unref()),
    ]));
  const onSignal = (signal: keyof typeof SIGNAL_CODES) => {
    const others = process.listeners(signal).filter((listener) => listener !== onSignal);
    log.info({ event: "shutdown.signal", signal, waitForServer: others.length > 0 }, "stopping");
    if (others.length === 0) {
      void closeOnce().then(() => process.exit(SIGNAL_CODES[signal]));
      return;
    }
    const exit = process.exit.bind(process);
    process.exit = ((code?: number) => {
      void closeOnce().then(() => exit(code));
    }) as typeof process.exit;
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}
