import { getTranslations } from "next-intl/server";
import { localeOfRequest } from "@/lib/i18n/locale-of-request";
import { moduleContentVersions } from "@/lib/offline/kept-module";
import { offlineErrorResponse, offlineJson } from "@/lib/offline/offline-http";

/**
 * GET /api/offline/modules: every module's content version, { versions: { moduleSlug: version } },
 * so that her device can fetch again the kept modules that changed. 401 signedOut, 403 forbidden.
 */
export async function GET(request: Request): Promise<Response> {
  const locale = localeOfRequest(request);
  const t = await getTranslations({ locale, namespace: "offline" });
  try {
    return offlineJson(200, { versions: await moduleContentVersions(locale) });
  } catch (error) {
    return offlineErrorResponse(error, t);
  }
}
