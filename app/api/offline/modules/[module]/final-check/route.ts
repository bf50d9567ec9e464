import { getTranslations } from "next-intl/server";
import { offlineErrorResponse, prepareFinalCheckResponse } from "@/lib/offline/offline-http";
import { prepareOfflineFinalCheck } from "@/lib/offline/prepare-final-check";

/**
 * POST /api/offline/modules/<module>/final-check: "Keep for offline" for the module's final check.
 * Starts her attempt (or keeps the open one) on the server and returns it to keep on the device:
 *
 *   200 { moduleSlug, drawId, contentVersion, passMark, questions: [{ id, prompt, options: [{ id, text }] }] }
 *       (in the order drawn; never which option is right or its feedback)
 *   422 { status: "refused", code: "checkCoolingDown", message, until? } or code "attemptNotOpen"
 *   401 signedOut, 403 forbidden, 404 notFound: { status: "error", code, message }
 *
 * Answers to it are sent later through POST /api/offline/sync as "submit-final-check" with this drawId.
 */
export async function POST(_request: Request, { params }: { params: Promise<{ module: string }> }): Promise<Response> {
  const t = await getTranslations("offline");
  try {
    return prepareFinalCheckResponse(await prepareOfflineFinalCheck((await params).module), t);
  } catch (error) {
    return offlineErrorResponse(error, t);
  }
}
