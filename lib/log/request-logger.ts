import "server-only";
import { headers } from "next/headers";
import type { Logger } from "pino";
import { log } from "./logger";
import { redactUrl } from "./redact";
import { requestIdFrom } from "./request-id";

/**
 * A logger bound to the current request's id, for route handlers, server actions and pages. The
 * proxy sets x-request-id when the client sent none; without it a fresh id is made here.
 */
export async function requestLogger(bindings: { route?: string } = {}): Promise<Logger> {
  let id: string | null = null;
  try {
    id = (await headers()).get("x-request-id");
  } catch {
    // Outside a request (a script, a test): there is no id to carry.
  }
  return log.child({
    requestId: requestIdFrom(id),
    ...(bindings.route ? { route: redactUrl(bindings.route) } : {}),
  });
}
