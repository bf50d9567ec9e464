"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { deleteQueued, queuedSends, type QueuedSend } from "@/lib/offline/device-store";
import { refreshChangedModules } from "@/lib/offline/keep-module";
import { sendQueue } from "@/lib/offline/send-queue";
import { useDeviceStore, useOnline } from "./use-device-store";

/**
 * On every page of her learning: what she did offline and its fate (waiting to send, the result of
 * a final check, a refusal), sent as soon as there is a connection. Once per page load with a
 * connection it also updates the modules she kept whose content changed, and says so.
 */
export function OfflineQueuePanel() {
  const t = useTranslations("offline");
  const online = useOnline();
  const queue = useDeviceStore(queuedSends);
  const [signedOut, setSignedOut] = useState(false);
  const [updated, setUpdated] = useState<string[]>([]);
  const checkedVersions = useRef(false);
  const waiting = queue?.filter((entry) => entry.state === "waiting").length ?? 0;

  useEffect(() => {
    if (!online || queue === undefined) return;
    let live = true;
    const run = async () => {
      // Sent before any update, so answers drawn from the kept copy reach the server first.
      if (waiting > 0) {
        const outcome = await sendQueue();
        if (live) setSignedOut(outcome === "signedOut");
      }
      if (!checkedVersions.current) {
        checkedVersions.current = true;
        const titles = await refreshChangedModules();
        if (live && titles.length > 0) setUpdated(titles);
      }
    };
    run().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [online, queue, waiting]);

  if (!queue?.length && updated.length === 0) return null;
  return (
    <section aria-labelledby="offline-queue-title" className="no-print mb-6 space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <h2 id="offline-queue-title" className="font-semibold">
        {t("queueTitle")}
      </h2>
      {updated.length > 0 && <p role="status">{t("modulesUpdated", { titles: updated.join(", ") })}</p>}
      {queue && queue.length > 0 && (
        <ul className="space-y-1">
          {queue.map((entry) => (
            <QueuedLine key={entry.seq} entry={entry} />
          ))}
        </ul>
      )}
      {waiting > 0 && <p aria-live="polite">{!online ? t("sendWhenOnline") : signedOut ? t("signedOut") : t("sending")}</p>}
    </section>
  );
}

function QueuedLine({ entry }: { entry: QueuedSend }) {
  const t = useTranslations("offline");
  const label = entry.label;
  const text =
    entry.state === "waiting"
      ? t(entry.item.kind === "complete-lesson" ? "lessonWaiting" : "finalWaiting", { label })
      : entry.state === "refused"
        ? t("refused", { label, message: entry.message ?? "" })
        : t(entry.result?.passed ? "finalPassed" : "finalNotPassed", { label, score: entry.result?.score ?? 0 });
  return (
    <li className="flex flex-wrap items-baseline gap-2">
      <span>{text}</span>
      {entry.state !== "waiting" && (
        <button type="button" onClick={() => void deleteQueued(entry.seq!)} className="underline">
          {t("dismiss")}
        </button>
      )}
    </li>
  );
}
