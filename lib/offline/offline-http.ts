import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import type { PrepareFinalCheckOutcome } from "./prepare-final-check";
import type { OfflineSendOutcome } from "./process-offline-send";

// The JSON answers of /api/offline/*, for a device's queue rather than a page: every refusal has a
// stable `code` for the client's logic and a `message` in her interface language to show her.

/** The "offline" catalog's translator (next-intl's getTranslations("offline")). */
export type Translate = (key: string, values?: Record<string, string>) => string;

/** JSON for her device alone: never stored by a cache on the way. */
export const offlineJson = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { "cache-control": "private, no-store" } });

const errorJson = (status: number, code: string, t: Translate, extra: Record<string, unknown> = {}) =>
  offlineJson(status, { status: "error", code, message: t(code), ...extra });

const utc = (iso: string | Date) => new Date(iso).toISOString().slice(0, 16).replace("T", " ");

const refusalMessage = (code: string, until: string | Date | undefined, t: Translate) =>
  code === "checkCoolingDown" && until ? t("checkCoolingDownUntil", { until: utc(until) }) : t(code);

/**
 * The body as JSON, or the 4xx that says why not. Only `application/json` is read: a cross-site
 * form cannot send that type without the browser asking first, so a forged form cannot use her cookie here.
 */
export async function readJsonBody(request: Request, t: Translate): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) return { ok: false, response: errorJson(415, "notJson", t) };
  try {
    return { ok: true, body: await request.json() };
  } catch {
    return { ok: false, response: errorJson(400, "invalidBody", t) };
  }
}

/** 200 accepted (first time or replayed), 422 refused (stored, so a replay is refused the same way), 400, 409. */
export function offlineSendResponse(outcome: OfflineSendOutcome, t: Translate): Response {
  switch (outcome.status) {
    case "accepted":
      return offlineJson(200, outcome);
    case "refused":
      return offlineJson(422, { ...outcome, message: refusalMessage(outcome.code, outcome.until, t) });
    case "invalid":
      return errorJson(400, "invalidBody", t, { issues: outcome.issues });
    case "conflict":
      return errorJson(409, "clientIdReused", t);
  }
}

export function prepareFinalCheckResponse(outcome: PrepareFinalCheckOutcome, t: Translate): Response {
  if (outcome.ok) return offlineJson(200, outcome.check);
  const until = outcome.code === "checkCoolingDown" ? outcome.until : undefined;
  return offlineJson(422, { status: "refused", code: outcome.code, message: refusalMessage(outcome.code, until, t), ...(until ? { until: until.toISOString() } : {}) });
}

/** Signed out, not allowed and not found as JSON with their status; anything else is a bug and is rethrown. */
export function offlineErrorResponse(error: unknown, t: Translate): Response {
  if (error instanceof UnauthenticatedError) return errorJson(401, "signedOut", t);
  if (error instanceof ForbiddenError) return errorJson(403, "forbidden", t);
  if (error instanceof NotFoundError) return errorJson(404, "notFound", t);
  throw error;
}
