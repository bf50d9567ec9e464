import { randomUUID } from "node:crypto";

// A caller's id is kept only when it is short and plain, so it cannot inject into log lines.
const VALID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The request's id: the incoming x-request-id when valid, else a new one. */
export function requestIdFrom(header: string | null | undefined): string {
  return header && VALID.test(header) ? header : randomUUID();
}
