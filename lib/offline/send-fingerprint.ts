import { createHash } from "node:crypto";
import type { OfflineSend } from "./schemas";

/** Key order does not matter: a device that rebuilds the same item in another order sends the same thing. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, inner]) => [key, canonical(inner)]));
  }
  return value;
}

/** A SHA-256 of the parsed item: the same for a replay, different when an id is reused for something else. */
export function sendFingerprint(item: OfflineSend): string {
  return createHash("sha256").update(JSON.stringify(canonical(item))).digest("hex");
}
