import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/print/print-button";
import { requirePageUser } from "@/lib/auth/page-guard";
import { findModule } from "@/lib/content/course";
import { textAttributes, type TextAttributes } from "@/lib/content/course-language";
import type { CourseModule } from "@/lib/content/load";
import { paragraphs } from "@/lib/content/paragraphs";
import type { FacilitatorGuide } from "@/lib/content/schemas";
import { moduleRefSchema } from "@/lib/progress/schemas";

type Params = { params: Promise<{ module: string }> };

async function find(moduleSlug: string) {
  const ref = moduleRefSchema.safeParse({ moduleSlug });
  return ref.success ? findModule(ref.data.moduleSlug, await getLocale()) : undefined;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const module = await find((await params).module);
  return { title: module?.facilitator?.title ?? module?.frontmatter.title };
}

export default async function GuidePage({ params }: Params) {
  const { module: moduleSlug } = await params;
  await requirePageUser("guides:read", `/guides/${moduleSlug}`);
  const module = await find(moduleSlug);
  // The content verifier gives every module a guide; one without would be a page that does not exist.
  const guide = module?.facilitator;
  if (!module || !guide) notFound();
  const t = await getTranslations("guides");
  return (
    <article className="printable space-y-8">
      <nav aria-label={t("breadcrumb")} className="text-sm print:hidden">
        <Link href="/guides" className="underline">
          {t("title")}
        </Link>
      </nav>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <h1 {...textAttributes(guide.text)} className="text-2xl font-bold">
            {guide.title}
          </h1>
          <p className="text-slate-600">
            {t("module")}{" "}
            <Link {...textAttributes(module.text)} href={`/learn/${module.slug}`} className="underline">
              {module.frontmatter.title}
            </Link>
          </p>
        </div>
        <PrintButton label={t("print")} />
      </div>
      <Guide guide={guide} module={module} />
    </article>
  );
}

async function Guide({ guide, module }: { guide: NonNullable<CourseModule["facilitator"]>; module: CourseModule }) {
  const t = await getTranslations("guides");
  const own = textAttributes(guide.text);
  const scenarios = Object.entries(guide.scenarioDebriefs);
  return (
    <>
      <section aria-labelledby="before" className="space-y-3">
        <h2 id="before" className="text-xl font-semibold">{t("before")}</h2>
        <Paragraphs text={guide.before} language={own} />
      </section>
      <Plan id="sixty-minutes" heading={t("sixtyMinutes")} steps={guide.sixtyMinutes} language={own} />
      <Plan id="ninety-minutes" heading={t("ninetyMinutes")} steps={guide.ninetyMinutes} language={own} />
      <section aria-labelledby="prompts" className="space-y-3">
        <h2 id="prompts" className="text-xl font-semibold">{t("prompts")}</h2>
        <ol {...own} className="list-decimal space-y-2 ps-6">
          {guide.prompts.map((prompt) => (
            <li key={prompt}>{prompt}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="activity" className="print-keep space-y-3">
        <h2 id="activity" className="text-xl font-semibold">{t("activity")}</h2>
        <h3 {...own} className="text-lg font-semibold">{guide.activity.title}</h3>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">{t("length")}</dt>
          <dd>{t("minutesValue", { minutes: guide.activity.minutes })}</dd>
          <dt className="font-medium">{t("groups")}</dt>
          <dd {...own}>{guide.activity.groups}</dd>
        </dl>
        <h4 className="font-semibold">{t("steps")}</h4>
        <ol {...own} className="list-decimal space-y-1 ps-6">
          {guide.activity.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <h4 className="font-semibold">{t("debrief")}</h4>
        <Paragraphs text={guide.activity.debrief} language={own} />
      </section>
      <section aria-labelledby="misconceptions" className="space-y-3">
        <h2 id="misconceptions" className="text-xl font-semibold">{t("misconceptions")}</h2>
        <ul className="space-y-3">
          {guide.misconceptions.map((item) => (
            <li key={item.belief} className="print-keep rounded border border-slate-200 p-3">
              <p>
                <span className="font-medium">{t("belief")}</span>{" "}
                <span {...own}>{item.belief}</span>
              </p>
              <p className="mt-1">
                <span className="font-medium">{t("response")}</span>{" "}
                <span {...own}>{item.response}</span>
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="scenario-debriefs" className="space-y-4">
        <h2 id="scenario-debriefs" className="text-xl font-semibold">{t("scenarioDebriefs")}</h2>
        {scenarios.length === 0 && <p>{t("noScenarios")}</p>}
        {scenarios.map(([id, debrief]) => (
          <div key={id} className="print-keep space-y-2">
            <h3 {...textAttributes(module.scenarios[id]?.text ?? guide.text)} className="text-lg font-semibold">{module.scenarios[id]?.title ?? id}</h3>
            <Paragraphs text={debrief} language={own} />
          </div>
        ))}
      </section>
    </>
  );
}

function Paragraphs({ text, language }: { text: string; language: TextAttributes }) {
  return (
    <div {...language} className="space-y-2">
      {paragraphs(text).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}

/** A session plan as a table: each step's minutes and where it sits in the session's running time. */
type PlanProps = { id: string; heading: string; steps: FacilitatorGuide["sixtyMinutes"]; language: TextAttributes };

async function Plan({ id, heading, steps, language }: PlanProps) {
  const t = await getTranslations("guides");
  let elapsed = 0;
  const rows = steps.map((step) => {
    const start = elapsed;
    elapsed += step.minutes;
    return { ...step, start, end: elapsed };
  });
  return (
    <section aria-labelledby={id} className="print-keep space-y-3">
      <h2 id={id} className="text-xl font-semibold">{heading}</h2>
      <div className="overflow-x-auto print:overflow-visible">
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pe-3 text-start">{t("step")}</th>
              <th scope="col" className="py-2 pe-3 text-start">{t("minutes")}</th>
              <th scope="col" className="py-2 pe-3 text-start">{t("runningTime")}</th>
              <th scope="col" className="py-2 text-start">{t("what")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index} className="border-b border-slate-100 align-top">
                <td className="py-2 pe-3">{index + 1}</td>
                <td className="py-2 pe-3 whitespace-nowrap">{t("minutesValue", { minutes: row.minutes })}</td>
                <td className="py-2 pe-3 whitespace-nowrap">{t("runningTimeValue", { start: row.start, end: row.end })}</td>
                <td {...language} className="py-2">{row.activity}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
