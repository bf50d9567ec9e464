import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { attemptPolicy } from "./attempt-policy";
import { FINAL_CHECK } from "./constants";
import { drawCheck, drawFits, drawSchema } from "./draw";
import { findFinalCheck } from "./final-check-ref";
import { lockMemberModule } from "./lock-member-module";

export type StartCheckResult = { ok: true; drawId: string } | { ok: false; fieldErrors: Record<string, string>; message: string };

/**
 * Starts a final-check attempt: draws the questions and option order on the server and stores the
 * draw, so a reload shows the same attempt. Starting again while an attempt is open keeps it (a
 * double click, two tabs); a draw from an earlier version of the check is replaced. Refused while
 * she waits after three failures in a row.
 */
export async function startFinalCheck(moduleSlug: unknown): Promise<StartCheckResult> {
  const user = await requirePermission("learning:study");
  const { module, check } = await findFinalCheck(moduleSlug);
  const key = { userId: user.id, moduleSlug: module.slug, checkId: FINAL_CHECK };
  return (await db()).$transaction(async (tx) => {
    // Concurrent starts queue here, so the second finds the first one's draw.
    await lockMemberModule(tx, user.id, module.slug);
    const open = await tx.openCheckDraw.findUnique({ where: { userId_moduleSlug_checkId: key } });
    if (open) {
      const stored = drawSchema.safeParse(open.draw);
      if (open.contentVersion === check.version && stored.success && drawFits(check, stored.data)) return { ok: true as const, drawId: open.id };
      await tx.openCheckDraw.delete({ where: { id: open.id } });
    }
    const attempts = await tx.checkAttempt.findMany({ where: key, select: { passed: true, createdAt: true } });
    const policy = attemptPolicy(attempts, new Date(), env.FINAL_CHECK_COOLDOWN_HOURS);
    if (!policy.canStart) return { ok: false as const, fieldErrors: {}, message: "checkCoolingDown" };
    const created = await tx.openCheckDraw.create({ data: { ...key, draw: drawCheck(check), contentVersion: check.version } });
    return { ok: true as const, drawId: created.id };
  });
}
