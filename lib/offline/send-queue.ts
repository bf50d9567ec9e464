import type { FinalAttemptResult } from "@/lib/progress/final-attempt-result";
import { deleteQueued, queuedSends, updateQueued } from "./device-store";

// Sends what she did offline to POST /api/offline/sync, oldest first, one at a time. The server
// applies each client id once, so an item sent twice (a lost answer, two tabs) is recorded once.

/** "sent": nothing waiting is left; "offline": the server could not be reached, try later; "signedOut": sign in first. */
export type SendOutcome = "sent" | "offline" | "signedOut";

async function sendWaiting(): Promise<SendOutcome> {
  for (const entry of await queuedSends()) {
    if (entry.state !== "waiting") continue;
    let response: Response;
    try {
      response = await fetch("/api/offline/sync", {
        method: "POST",
        credentials: "same-origin",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(entry.item),
      });
    } catch {
      return "offline";
    }
    if (response.status === 401) return "signedOut";
    // A server error or a gateway's page: try again later, unchanged.
    const body = (await response.json().catch(() => null)) as { message?: string; result?: FinalAttemptResult } | null;
    if (response.status >= 500 || body === null) return "offline";
    if (response.ok && entry.item.kind === "complete-lesson") await deleteQueued(entry.seq!);
    else if (response.ok) await updateQueued({ ...entry, state: "answered", result: body.result });
    // Refused (a check that changed, an attempt already sent) or not accepted at all: she is told, never left guessing.
    else await updateQueued({ ...entry, state: "refused", message: body.message ?? "" });
  }
  return "sent";
}

/** One sender at a time across her tabs, so two tabs do not send the same item at once. */
export async function sendQueue(): Promise<SendOutcome> {
  if (typeof navigator.locks?.request !== "function") return sendWaiting();
  return await navigator.locks.request("course-offline-send", sendWaiting);
}
