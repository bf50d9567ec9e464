import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { KnowledgeCheckForm } from "@/components/mdx/knowledge-check-form";
import { textAttributes } from "@/lib/content/course-language";
import type { CourseModule } from "@/lib/content/load";
import { FINAL_CHECK } from "@/lib/progress/constants";
import { getFinalCheck, type FinalAttemptResult } from "@/lib/progress/get-final-check";
import { startFinalCheckAction, submitCheckAction } from "../actions";
import { StartCheckForm } from "./start-check-form";

/**
 * The module's final check: her open attempt exactly as drawn, or her last result and a button to
 * start (again). The page never carries which option is right, nor feedback per option.
 */
export async function FinalCheck({ module }: { module: CourseModule }) {
  const check = module.checks[FINAL_CHECK];
  const view = await getFinalCheck(module);
  if (!check || !view) return null;
  if (view.open) {
    return (
      <KnowledgeCheckForm
        moduleSlug={module.slug}
        checkId={FINAL_CHECK}
        title={check.title}
        textLanguage={textAttributes(check.text)}
        passMark={check.passMark}
        questions={view.open.questions}
        drawId={view.open.drawId}
        result={null}
        action={submitCheckAction}
      />
    );
  }
  const t = await getTranslations("check");
  const format = await getFormatter();
  return (
    <section aria-labelledby="check-final" className="not-prose my-8 space-y-4 rounded border border-slate-300 p-4 sm:p-6">
      <h2 {...textAttributes(check.text)} id="check-final" className="text-xl font-semibold">
        {check.title}
      </h2>
      {!view.latest && <p className="text-sm text-slate-600">{t("drawIntro", { shown: check.show ?? check.questions.length, mark: check.passMark ?? 100 })}</p>}
      {view.latest && <FinalResult module={module} result={view.latest} mark={check.passMark ?? 100} />}
      {view.changed && (
        <p role="status" className="rounded bg-sky-50 p-3 text-sky-900">
          {t("checkChanged")}
        </p>
      )}
      {view.policy.canStart ? (
        <StartCheckForm moduleSlug={module.slug} label={view.latest ? t("startAgain") : t("start")} action={startFinalCheckAction} />
      ) : (
        <p role="status" className="rounded bg-amber-50 p-3 text-amber-900">
          {t("coolingDown", {
            until: format.dateTime(view.policy.until, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }),
          })}
        </p>
      )}
    </section>
  );
}

async function FinalResult({ module, result, mark }: { module: CourseModule; result: FinalAttemptResult; mark: number }) {
  const t = await getTranslations("check");
  return (
    <div role="status" className="space-y-3">
      <p className={`font-medium ${result.passed ? "text-emerald-800" : "text-amber-800"}`}>
        {t("result", { correct: result.correctCount, total: result.questionCount, score: result.score })}{" "}
        {result.passed ? t("passed") : t("finalNotPassed", { mark })}
      </p>
      {!result.passed && result.missed.length > 0 && (
        <>
          <h3 className="font-semibold">{t("revisitHeading")}</h3>
          <ul className="list-disc space-y-2 ps-6">
            {result.missed.map((missed) => (
              <li key={missed.questionId}>
                {missed.idea && <span {...textAttributes(module.checks[FINAL_CHECK]!.text)}>{missed.idea} </span>}
                {missed.revisit ? (
                  <Link href={`/learn/${module.slug}/${missed.revisit.slug}`} className="underline">
                    {t("revisitLesson")}: <span {...textAttributes(module.lessons.find((l) => l.slug === missed.revisit!.slug)?.text ?? module.text)}>{missed.revisit.title}</span>
                  </Link>
                ) : (
                  <Link href={`/learn/${module.slug}`} className="underline">
                    {t("revisitModule")}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
