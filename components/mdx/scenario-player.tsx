"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useInterfaceText } from "@/components/ui/use-interface-text";
import { COURSE_TEXT, type TextAttributes } from "@/lib/content/course-language";

export type ScenarioStep = {
  id: string;
  paragraphs: string[];
  choices: { label: string; next: string }[];
  outcome?: "good" | "mixed" | "poor";
  principles: string[];
};

type Props = {
  /** The language of the course text shown here (her language, or English where it has no translation). */
  textLanguage?: TextAttributes;
  id: string;
  title: string;
  setting: string;
  start: string;
  steps: ScenarioStep[];
  debrief: string[];
};

/**
 * A branching scenario. Rendered on the server as a readable document whose choices link to the
 * step they lead to (so it works without JavaScript); once hydrated it plays one step at a time,
 * keeps the path taken, and moves focus to each new step for screen-reader users.
 */
export function ScenarioPlayer({ id, title, setting, start, steps, debrief, textLanguage = COURSE_TEXT }: Props) {
  const t = useTranslations("scenario");
  const ui = useInterfaceText();
  const [interactive, setInteractive] = useState(false);
  const [path, setPath] = useState<string[]>([start]);
  const stepRef = useRef<HTMLDivElement>(null);
  useEffect(() => setInteractive(true), []);
  const byId = new Map(steps.map((step) => [step.id, step]));
  const anchor = (stepId: string) => `scenario-${id}-${stepId}`;
  const headingId = `scenario-${id}`;

  const renderStep = (step: ScenarioStep, live: boolean) => (
    <div {...textLanguage}>
      {step.paragraphs.map((paragraph, index) => (
        <p key={index} className="mb-3">
          {paragraph}
        </p>
      ))}
      {step.outcome && (
        <div {...ui} className="mt-4 rounded bg-slate-100 p-3">
          <p className="font-semibold">{t(`outcome.${step.outcome}`)}</p>
          {step.principles.length > 0 && <p className="text-sm">{t("principlesAtStake", { list: step.principles.map((p) => t.has(`principles.${p}`) ? t(`principles.${p}`) : p).join(", ") })}</p>}
        </div>
      )}
      {step.choices.length > 0 && (
        <ul className="mt-4 space-y-2">
          {step.choices.map((choice) => (
            <li key={choice.next}>
              {live ? (
                <button
                  type="button"
                  onClick={() => setPath((previous) => [...previous, choice.next])}
                  className="w-full rounded border border-brand-600 px-3 py-2 text-start hover:bg-brand-50"
                >
                  {choice.label}
                </button>
              ) : (
                <a href={`#${anchor(choice.next)}`} className="underline">
                  {choice.label}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );

  const current = byId.get(path[path.length - 1] ?? start);
  useEffect(() => {
    if (path.length > 1) stepRef.current?.focus();
  }, [path.length]);

  return (
    <section {...ui} aria-labelledby={headingId} className="not-prose my-8 rounded border border-slate-300 p-4 sm:p-6">
      <p className="text-sm font-medium uppercase tracking-wide text-slate-500">{t("label")}</p>
      <h2 {...textLanguage} id={headingId} className="text-xl font-semibold">
        {title}
      </h2>
      <p {...textLanguage} className="mb-4 text-sm italic text-slate-600">
        {setting}
      </p>
      {interactive && current ? (
        <>
          {path.length > 1 && (
            <p className="mb-2 text-sm text-slate-600">{t("stepOf", { step: path.length })}</p>
          )}
          <div ref={stepRef} tabIndex={-1} aria-live="polite" className="outline-none">
            {renderStep(current, true)}
          </div>
          {current.outcome && (
            <div className="mt-4 space-y-3">
              <h3 className="font-semibold">{t("debrief")}</h3>
              {debrief.map((paragraph, index) => (
                <p key={index} {...textLanguage}>
                  {paragraph}
                </p>
              ))}
              <button type="button" onClick={() => setPath([start])} className="rounded border border-slate-400 px-3 py-2">
                {t("restart")}
              </button>
            </div>
          )}
        </>
      ) : (
        <>
          {steps.map((step) => (
            <div key={step.id} id={anchor(step.id)} className="mb-6 border-t border-slate-200 pt-4">
              {renderStep(step, false)}
            </div>
          ))}
          <h3 className="font-semibold">{t("debrief")}</h3>
          {debrief.map((paragraph, index) => (
            <p key={index} {...textLanguage} className="mb-3">
              {paragraph}
            </p>
          ))}
        </>
      )}
    </section>
  );
}
