import { getTranslations } from "next-intl/server";
import { localeOfRequest } from "@/lib/i18n/locale-of-request";
import { keptModuleManifest } from "@/lib/offline/kept-module";
import { offlineErrorResponse, offlineJson } from "@/lib/offline/offline-http";

/**
 * GET /api/offline/modules/<module>: what her device keeps for the module, besides the final check.
 *
 *   200 { moduleSlug, title, version, pages: [path], practiceChecks: { checkId: check with answers and feedback } }
 *   401 signedOut, 403 forbidden, 404 notFound: { status: "error", code, message }
 */
export async function GET(request: Request, { params }: { params: Promise<{ module: string }> }): Promise<Response> {
  const locale = localeOfRequest(request);
  const t = await getTranslations({ locale, namespace: "offline" });
  try {
    return offlineJson(200, await keptModuleManifest((await params).module, locale));
  } catch (error) {
    return offlineErrorResponse(error, t);
  }
}
