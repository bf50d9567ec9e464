import { requirePermission } from "@/lib/auth/current-user";
import { findFinalCheck } from "@/lib/progress/final-check-ref";
import { getFinalCheck, type DrawnQuestion } from "@/lib/progress/get-final-check";
import { startFinalCheck } from "@/lib/progress/start-final-check";

/** A final check as a device keeps it for offline use: her drawn questions and option order, never which option is right. */
export type OfflineFinalCheck = {
  moduleSlug: string;
  drawId: string;
  /** The check's version when drawn: a later version refuses this draw when the answers arrive. */
  contentVersion: string;
  passMark: number | undefined;
  questions: DrawnQuestion[];
};

export type PrepareFinalCheckOutcome =
  | { ok: true; check: OfflineFinalCheck }
  | { ok: false; code: "checkCoolingDown"; until?: Date }
  /** Her attempt was submitted or replaced (another tab) while this one was being prepared. */
  | { ok: false; code: "attemptNotOpen" };

/**
 * "Keep for offline" for a module's final check: starts her attempt, or keeps the one open, with
 * the same rules as the check page (startFinalCheck), and returns it as the page would show it
 * (getFinalCheck). Refused while she waits after three failures in a row.
 */
export async function prepareOfflineFinalCheck(moduleSlug: unknown): Promise<PrepareFinalCheckOutcome> {
  await requirePermission("learning:study");
  const { module, check } = await findFinalCheck(moduleSlug);
  const started = await startFinalCheck(module.slug);
  const view = await getFinalCheck(module);
  if (!started.ok) return { ok: false, code: "checkCoolingDown", ...(view?.policy.canStart === false ? { until: view.policy.until } : {}) };
  // Read outside the start's transaction: another tab may have answered this draw in between.
  if (!view?.open || view.open.drawId !== started.drawId) return { ok: false, code: "attemptNotOpen" };
  return {
    ok: true,
    check: { moduleSlug: module.slug, drawId: view.open.drawId, contentVersion: check.version, passMark: check.passMark, questions: view.open.questions },
  };
}
