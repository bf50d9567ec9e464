/**
 * Next.js calls this once when the server starts. The checks need Node (files, the database), and
 * this file is also compiled for the Edge runtime: NEXT_RUNTIME is replaced by a constant at build
 * time, so the Edge build drops the import. It is read here directly, not through lib/env.ts,
 * because only the literal `process.env.NEXT_RUNTIME` is replaced.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") await (await import("@/lib/check-at-start")).checkAtStart();
}

/**
 * Every error a page, action or route handler did not handle, as one JSON log line with the
 * request's id and its path (tokens redacted), never the request's body or cookies.
 */
export async function onRequestError(error: unknown, request: { path: string; method: string; headers: Record<string, string | string[] | undefined> }): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ log }, { redactUrl }, { requestIdFrom }] = await Promise.all([
    import("@/lib/log/logger"),
    import("@/lib/log/redact"),
    import("@/lib/log/request-id"),
  ]);
  const id = request.headers["x-request-id"];
  log.error(
    { event: "server_error", requestId: requestIdFrom(Array.isArray(id) ? id[0] : id), method: request.method, path: redactUrl(request.path), err: error },
    "request failed",
  );
}
