import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getCourse } from "@/lib/content/course";
import { textAttributes } from "@/lib/content/course-language";
import { ENGLISH } from "@/lib/content/translations";
import { drawnQuestions } from "@/lib/course-test/draw";
import { changeByPrinciple } from "@/lib/course-test/results";
import { getCourseTestState, type CourseTestState, type Sitting } from "@/lib/course-test/sittings";
import { skipStartingTestAction, startSittingAction, submitSittingAction } from "./actions";
import { SittingForm } from "./_components/sitting-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("courseTest"))("title") };
}

export default async function CourseTestPage() {
  await requirePageUser("learning:study", "/learn/course-test");
  const state = await getCourseTestState(await getLocale());
  if (!state) notFound();
  const t = await getTranslations("courseTest");
  const open = state.postOpen ? state.post : state.preOpen ? state.pre : null;
  const kind = state.postOpen ? "POST" : state.preOpen ? "PRE" : null;
  return (
    <article className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-prose text-slate-700">{t("intro")}</p>
      {kind && open && open.draw.length > 0 ? (
        <section aria-labelledby="sitting-heading" className="space-y-4">
          <h2 id="sitting-heading" className="text-xl font-semibold">
            {kind === "PRE" ? t("startingTest") : t("closingTest")}
          </h2>
          <OpenSitting state={state} sitting={open} kind={kind} />
        </section>
      ) : kind ? (
        <StartSitting kind={kind} />
      ) : (
        !state.post?.submittedAt && <p role="status" className="rounded bg-sky-50 p-3 text-sky-900">{t("closingOpensLater")}</p>
      )}
      <Results state={state} />
    </article>
  );
}

async function StartSitting({ kind }: { kind: "PRE" | "POST" }) {
  const t = await getTranslations("courseTest");
  return (
    <section className="space-y-3 rounded border border-slate-200 p-4">
      <h2 className="text-xl font-semibold">{kind === "PRE" ? t("startingTest") : t("closingTest")}</h2>
      <p className="text-slate-700">{kind === "PRE" ? t("startingExplained") : t("closingExplained")}</p>
      <div className="flex flex-wrap gap-3">
        <form action={startSittingAction}>
          <input type="hidden" name="kind" value={kind} />
          <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            {t("start")}
          </button>
        </form>
        {kind === "PRE" && (
          <form action={skipStartingTestAction}>
            <button type="submit" className="rounded border border-slate-400 px-4 py-2 font-medium hover:bg-slate-50">
              {t("skip")}
            </button>
          </form>
        )}
      </div>
    </section>
  );
}

async function OpenSitting({ state, sitting, kind }: { state: CourseTestState; sitting: Sitting; kind: "PRE" | "POST" }) {
  const t = await getTranslations("courseTest");
  const questions = drawnQuestions(state.test, sitting.draw);
  // The pools changed since she started: starting again draws a new paper from the current ones.
  if (!questions) {
    return (
      <div className="space-y-3">
        <p role="status">{t("changed")}</p>
        <StartSitting kind={kind} />
      </div>
    );
  }
  return (
    <SittingForm
      kind={kind}
      action={submitSittingAction}
      questions={questions.map(({ question, options, principle }) => ({
        id: question.id,
        prompt: question.prompt,
        language: textAttributes(state.test.pools[principle]!.text),
        options: options.map((id) => ({ id, text: question.options.find((option) => option.id === id)!.text })),
      }))}
    />
  );
}

async function Results({ state }: { state: CourseTestState }) {
  const t = await getTranslations("courseTest");
  const pre = state.pre?.submittedAt ? state.pre.results : null;
  const post = state.post?.submittedAt ? state.post.results : null;
  if (!pre && !post) return null;
  const modules = new Map((await getCourse(await getLocale())).modules.map((module) => [module.frontmatter.principle, module]));
  const rows = changeByPrinciple(pre ?? {}, post ?? pre ?? {});
  const percent = (value: number | null) => (value === null ? "–" : `${value}%`);
  return (
    <section aria-labelledby="results-heading" className="space-y-3">
      <h2 id="results-heading" className="text-xl font-semibold">
        {t("results")}
      </h2>
      <table className="w-full max-w-2xl text-start">
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 text-start">{t("principle")}</th>
            <th scope="col" className="py-2 text-end">{t("before")}</th>
            <th scope="col" className="py-2 text-end">{t("after")}</th>
            <th scope="col" className="py-2 text-end">{t("change")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.principle} className="border-b border-slate-200">
              <th scope="row" {...textAttributes(modules.get(row.principle)?.text ?? ENGLISH)} className="py-2 text-start font-normal">
                {modules.get(row.principle)?.frontmatter.title ?? row.principle}
              </th>
              <td className="py-2 text-end">{percent(pre ? row.before : null)}</td>
              <td className="py-2 text-end">{percent(post ? row.after : null)}</td>
              <td className="py-2 text-end">{pre && post && row.change !== null ? t("points", { change: row.change }) : "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-sm text-slate-600">{t("notGraded")}</p>
    </section>
  );
}
