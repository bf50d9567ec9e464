"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { createContext, useContext, useEffect, useState } from "react";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { ModuleMemberState } from "@/lib/progress/module-state";

// A module page is built once for everyone; these pieces show her progress in it, asked for once
// the page shows. Until it arrives (or without JavaScript) they show nothing, or what a first-time
// reader would see, and keep their space so the page does not jump.

const ModuleStateContext = createContext<ModuleMemberState | null>(null);
const useModuleState = () => useContext(ModuleStateContext);

type ProviderProps = { moduleSlug: string; load: (moduleSlug: string) => Promise<ModuleMemberState | null>; children: React.ReactNode };

export function ModuleStateProvider({ moduleSlug, load, children }: ProviderProps) {
  const [state, setState] = useState<ModuleMemberState | null>(null);
  useEffect(() => {
    let live = true;
    load(moduleSlug)
      .then((value) => live && setState(value))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [load, moduleSlug]);
  return <ModuleStateContext.Provider value={state}>{children}</ModuleStateContext.Provider>;
}

export function ModuleCompletedNote() {
  const t = useTranslations("module");
  const format = useFormatter();
  const completedAt = useModuleState()?.completedAt;
  if (!completedAt) return null;
  return (
    <p role="status" className="rounded bg-emerald-50 p-3 font-medium text-emerald-900">
      {t("completedOn", { date: format.dateTime(new Date(completedAt), { dateStyle: "medium" }) })}
    </p>
  );
}

export function ModuleProgress() {
  const t = useTranslations("module");
  const state = useModuleState();
  if (!state) return <div className="h-9" />;
  return (
    <ProgressBar
      value={state.lessonsDone + (state.finalPassed ? 1 : 0)}
      max={state.lessonsTotal + 1}
      label={t("progress", { done: state.lessonsDone, total: state.lessonsTotal })}
    />
  );
}

/** The dot before a lesson or the final check: filled once done. */
export function DoneDot({ lesson }: { lesson?: string }) {
  const state = useModuleState();
  const done = lesson ? state?.lessons[lesson]?.done : state?.finalPassed;
  return <span aria-hidden className={`mt-1 inline-block size-3 shrink-0 rounded-full ${done ? "bg-emerald-600" : "border border-slate-400"}`} />;
}

export function LessonStatus({ lesson }: { lesson: string }) {
  const t = useTranslations("module");
  const state = useModuleState();
  if (!state) return null;
  const own = state.lessons[lesson];
  return (
    <>
      {" · "}
      {own?.done ? t("done") : t("notDone")}
      {own?.updated && <> · {t("updated")}</>}
    </>
  );
}

export function FinalCheckStatus() {
  const t = useTranslations("module");
  const state = useModuleState();
  if (!state) return null;
  return <>{state.finalPassed ? t("passed", { score: state.bestFinalScore ?? 0 }) : t("notPassedYet")}</>;
}

/** The module's takeaways, shown once she has completed it. */
export function WhenModuleComplete({ children }: { children: React.ReactNode }) {
  return useModuleState()?.completedAt ? <>{children}</> : null;
}

/** Start, continue or review: where she left off, else the first lesson. */
export function ResumeLink({ firstHref }: { firstHref: string }) {
  const t = useTranslations("module");
  const state = useModuleState();
  const label = !state || state.status === "not-started" ? t("start") : state.status === "completed" ? t("review") : t("continue");
  return (
    <Link href={state?.resumeHref ?? firstHref} className="inline-block rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
      {label}
    </Link>
  );
}
