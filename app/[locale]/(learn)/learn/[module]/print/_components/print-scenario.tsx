import { getTranslations } from "next-intl/server";
import { textAttributes } from "@/lib/content/course-language";
import type { TextOrigin } from "@/lib/content/translations";
import { paragraphs } from "@/lib/content/paragraphs";
import { scenarioSections } from "@/lib/content/print-module";
import type { Scenario } from "@/lib/content/schemas";
import { interfaceText } from "./interface-text";

/** A branching scenario as a paper "choose your path": numbered sections, each choice naming where to go. */
export async function PrintScenario({ id, scenario }: { id: string; scenario: Scenario & { text: TextOrigin } }) {
  const own = textAttributes(scenario.text);
  const t = await getTranslations("scenario");
  const p = await getTranslations("print");
  const principle = (name: string) => (t.has(`principles.${name}`) ? t(`principles.${name}`) : name);
  const anchor = (section: number | "debrief") => `scenario-${id}-${section}`;
  const headingId = `scenario-${id}`;
  return (
    <section {...await interfaceText()} aria-labelledby={headingId} className="not-prose my-8 rounded border border-slate-300 p-3 sm:p-5">
      <div className="break-inside-avoid">
        <p className="text-sm font-medium uppercase tracking-wide text-slate-600">{t("label")}</p>
        <h3 {...own} id={headingId} className="text-lg font-semibold">
          {scenario.title}
        </h3>
        <p {...own} className="mt-1 text-sm italic">
          {scenario.setting}
        </p>
        <p className="mt-2 text-sm">{p("scenarioHowTo")}</p>
      </div>
      <ol className="mt-4 space-y-6">
        {scenarioSections(scenario).map((section) => (
          <li key={section.number} id={anchor(section.number)} className="border-t border-slate-200 pt-4">
            <h4 className="font-semibold">{p("section", { number: section.number })}</h4>
            <div {...own} className="mt-2 space-y-3">
              {section.paragraphs.map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </div>
            {section.outcome && (
              <div className="mt-3 rounded border border-slate-300 p-3">
                <p className="font-semibold">{t(`outcome.${section.outcome}`)}</p>
                {section.principles.length > 0 && <p className="text-sm">{t("principlesAtStake", { list: section.principles.map(principle).join(", ") })}</p>}
              </div>
            )}
            {section.choices.length > 0 ? (
              <ul className="mt-3 space-y-2">
                {section.choices.map((choice) => (
                  <li key={choice.section} className="rounded border border-slate-200 p-2">
                    <span {...own} className="block">
                      {choice.label}
                    </span>
                    <a href={`#${anchor(choice.section)}`} className="font-medium underline">
                      {p("goTo", { number: choice.section })}
                    </a>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-3 text-sm">
                <a href={`#${anchor("debrief")}`} className="underline">
                  {p("ending")}
                </a>
              </p>
            )}
          </li>
        ))}
      </ol>
      <h4 id={anchor("debrief")} className="mt-6 border-t border-slate-200 pt-4 font-semibold">
        {t("debrief")}
      </h4>
      <div {...own} className="mt-2 space-y-3">
        {paragraphs(scenario.debrief).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
    </section>
  );
}
