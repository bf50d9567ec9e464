"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { KnowledgeCheckForm } from "@/components/mdx/knowledge-check-form";
import { ProgressBar } from "@/components/ui/progress-bar";
import { answerFinalCheckOffline } from "@/lib/offline/answer-offline";
import { keptModule, queuedSends } from "@/lib/offline/device-store";
import { KeepError, keepModule, removeModule, type KeepProgress } from "@/lib/offline/keep-module";
import { FINAL_CHECK } from "@/lib/progress/constants";
import { useDeviceStore, useOnline } from "./use-device-store";

type Props = { moduleSlug: string; finalCheckTitle: string };

/**
 * "Keep for offline" on a module page: keeps the module on her device, says what that takes and
 * removes it. With no connection, it offers the final check drawn when the module was kept.
 */
export function KeepModulePanel({ moduleSlug, finalCheckTitle }: Props) {
  const t = useTranslations("offline");
  const format = useFormatter();
  const online = useOnline();
  const kept = useDeviceStore(useCallback(() => keptModule(moduleSlug).then((module) => module ?? null), [moduleSlug]));
  const queue = useDeviceStore(queuedSends);
  const [progress, setProgress] = useState<KeepProgress | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [answering, setAnswering] = useState(false);

  const keep = async () => {
    setMessage(null);
    setProgress({ done: 0, total: 1 });
    try {
      await keepModule(moduleSlug, setProgress);
    } catch (error) {
      setMessage(error instanceof KeepError && error.key === "server" ? error.message : t(error instanceof KeepError ? `keep.${error.key}` : "keep.failed"));
    } finally {
      setProgress(null);
    }
  };
  const remove = async () => {
    setMessage(null);
    await removeModule(moduleSlug);
    setMessage(t("removed"));
  };

  // Nothing to show until the device store answers, and never without it.
  if (kept === undefined) return null;
  const finalWaiting = queue?.some((entry) => entry.state === "waiting" && entry.item.kind === "submit-final-check" && entry.item.moduleSlug === moduleSlug);
  return (
    <section aria-labelledby="keep-offline-title" className="no-print space-y-3 rounded border border-slate-300 p-4">
      <h2 id="keep-offline-title" className="text-xl font-semibold">
        {t("keepTitle")}
      </h2>
      {kept ? (
        <p>
          {t("keptSummary", {
            date: format.dateTime(new Date(kept.keptAt), { dateStyle: "medium" }),
            pages: kept.pages.length,
            size: format.number(kept.bytes / 1_000_000, { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
          })}
        </p>
      ) : (
        <p>{t("keepIntro")}</p>
      )}
      {kept?.finalCheckNote && !kept.finalCheck && <p>{kept.finalCheckNote}</p>}
      {finalWaiting && <p>{t("finalWaitingHere")}</p>}
      {progress && <ProgressBar value={progress.done} max={progress.total} label={t("keeping", { done: progress.done, total: progress.total })} />}
      <div className="flex flex-wrap gap-3">
        {!kept && (
          <button type="button" onClick={keep} disabled={!online || progress !== null} className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
            {t("keep.button")}
          </button>
        )}
        {kept && online && (
          <button type="button" onClick={keep} disabled={progress !== null} className="rounded border border-brand-600 px-4 py-2 font-medium text-brand-700 disabled:opacity-60">
            {t("keep.update")}
          </button>
        )}
        {kept && (
          <button type="button" onClick={remove} disabled={progress !== null} className="rounded border border-slate-400 px-4 py-2 disabled:opacity-60">
            {t("remove")}
          </button>
        )}
        {kept?.finalCheck && !online && !answering && (
          <button type="button" onClick={() => setAnswering(true)} className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            {t("answerFinalOffline")}
          </button>
        )}
      </div>
      {!online && !kept && <p>{t("keep.noConnection")}</p>}
      <p aria-live="polite">{message}</p>
      {kept?.finalCheck && answering && (
        <KnowledgeCheckForm
          moduleSlug={moduleSlug}
          checkId={FINAL_CHECK}
          title={finalCheckTitle}
          passMark={kept.finalCheck.passMark}
          questions={kept.finalCheck.questions}
          drawId={kept.finalCheck.drawId}
          action={(_state, formData) => answerFinalCheckOffline(moduleSlug, formData)}
        />
      )}
    </section>
  );
}
