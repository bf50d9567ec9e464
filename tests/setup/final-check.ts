import type { CourseModule } from "@/lib/content/load";
import { db } from "@/lib/db/client";
import { drawSchema } from "@/lib/progress/draw";
import { startFinalCheck } from "@/lib/progress/start-final-check";
import { submitCheck } from "@/lib/progress/submit-check";

/** Answers to her open draw, every one right or every one wrong, by option id. */
export async function answersToOpenDraw(module: CourseModule, drawId: string, right: boolean) {
  const open = await (await db()).openCheckDraw.findUniqueOrThrow({ where: { id: drawId } });
  const check = module.checks.final!;
  return Object.fromEntries(
    drawSchema.parse(open.draw).questions.map((drawn) => {
      const question = check.questions.find((q) => q.id === drawn.id)!;
      return [drawn.id, question.options.find((o) => (right ? o.correct : !o.correct))!.id];
    }),
  );
}

/** Starts a final-check attempt as the signed-in member and submits it, all right or all wrong. */
export async function takeFinalCheck(module: CourseModule, right: boolean) {
  const started = await startFinalCheck(module.slug);
  if (!started.ok) throw new Error(`could not start: ${started.message}`);
  return submitCheck({ moduleSlug: module.slug, checkId: "final" }, await answersToOpenDraw(module, started.drawId, right), started.drawId);
}
