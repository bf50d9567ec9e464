import { getTranslations } from "next-intl/server";
import { offlineErrorResponse, offlineSendResponse, readJsonBody } from "@/lib/offline/offline-http";
import { processOfflineSend } from "@/lib/offline/process-offline-send";

/**
 * POST /api/offline/sync: one item of a member's offline queue, as JSON, sent in queue order.
 *
 *   { clientId: UUID v4, kind: "complete-lesson", moduleSlug, lessonSlug, doneAt: ISO 8601 }
 *   { clientId, kind: "submit-final-check", moduleSlug, drawId, answers: { questionId: optionId }, doneAt }
 *
 * Each clientId is applied once per member; sending it again returns the first answer with
 * `replayed: true`. The device removes the item on 200 and 422 (showing a 422's `message`), keeps
 * it and asks her to sign in on 401, drops it as a bug on 400, 409 and 415, tells her on 403 and
 * 404, and retries anything else (a 5xx, no answer) later, unchanged.
 *
 *   200 { status: "accepted", replayed, result }   result: { nextHref } or the final check's
 *       { score, correctCount, questionCount, passed, missed: [{ questionId, idea, revisit }] }
 *   422 { status: "refused", replayed, code, message, until?, fieldErrors? }   code: checkChanged,
 *       attemptNotOpen, checkCoolingDown (until: ISO 8601), answerEvery
 *   400 invalidBody (with issues), 409 clientIdReused, 415 notJson, 401 signedOut, 403 forbidden,
 *   404 notFound: { status: "error", code, message }
 */
export async function POST(request: Request): Promise<Response> {
  const t = await getTranslations("offline");
  const read = await readJsonBody(request, t);
  if (!read.ok) return read.response;
  try {
    return offlineSendResponse(await processOfflineSend(read.body), t);
  } catch (error) {
    return offlineErrorResponse(error, t);
  }
}
