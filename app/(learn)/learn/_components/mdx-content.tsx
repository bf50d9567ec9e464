import { getMDXComponent } from "mdx-bundler/client";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Figure } from "@/components/figures/figure";
import { Callout } from "@/components/mdx/callout";
import { ReflectionForm } from "@/components/mdx/reflection-form";
import { RiskMatrix } from "@/components/mdx/risk-matrix";
import { ScenarioPlayer } from "@/components/mdx/scenario-player";
import { Term } from "@/components/mdx/term";
import { SourceCitation } from "@/components/sources/source-citation";
import { getGlossary } from "@/lib/content/glossary";
import { compileMdx } from "@/lib/content/compile";
import { getCourse } from "@/lib/content/course";
import type { CourseModule } from "@/lib/content/load";
import { paragraphs } from "@/lib/content/paragraphs";
import { getSources } from "@/lib/content/sources";
import { directionOf, type Locale } from "@/lib/i18n/config";
import { getReflection } from "@/lib/progress/save-reflection";
import { saveReflectionAction } from "../actions";
import { KnowledgeCheck } from "./knowledge-check";

/** The Toolkit's own risk questionnaire, which every risk exercise points to for real assessments. */
const RISK_TOOL_SOURCE = "toolkit-risk-assessment";

// getMDXComponent evaluates the compiled code; do that once per compiled text, not per request.
const components = new Map<string, ReturnType<typeof getMDXComponent>>();

async function Reflection({ module, id, prompt }: { module: CourseModule; id: string; prompt: string }) {
  const saved = await getReflection(module.slug, id);
  return <ReflectionForm moduleSlug={module.slug} promptId={id} prompt={prompt} savedText={saved} action={saveReflectionAction} />;
}

/** Renders a lesson's MDX on the server with the components authors may use (content/AUTHORING.md). */
export async function MdxContent({ source, module }: { source: string; module: CourseModule }) {
  const code = await compileMdx(source);
  let Content = components.get(code);
  if (!Content) {
    Content = getMDXComponent(code);
    components.set(code, Content);
  }
  const glossary = await getGlossary();
  const sources = await getSources();
  const t = await getTranslations("glossary");
  const { figures } = await getCourse();
  const locale = (await getLocale()) as Locale;
  const figureLabels = { lang: locale, dir: directionOf(locale), textDescription: (await getTranslations("figure"))("textDescription") };
  return (
    <Content
      components={{
        a: ({ href = "", ...props }: React.AnchorHTMLAttributes<HTMLAnchorElement>) =>
          href.startsWith("/") ? <Link href={href} {...props} /> : <a href={href} rel="noreferrer" {...props} />,
        Callout,
        Term: ({ id, children }: { id: string; children: React.ReactNode }) => {
          const entry = glossary.get(id);
          return (
            <Term id={id} term={entry?.term} definition={entry?.definition} glossaryLabel={t("more")}>
              {children}
            </Term>
          );
        },
        KnowledgeCheck: ({ id }: { id: string }) => <KnowledgeCheck module={module} checkId={id} />,
        Scenario: ({ id }: { id: string }) => {
          const scenario = module.scenarios[id];
          if (!scenario) return null;
          return (
            <ScenarioPlayer
              id={id}
              title={scenario.title}
              setting={scenario.setting}
              start={scenario.start}
              debrief={paragraphs(scenario.debrief)}
              steps={Object.entries(scenario.steps).map(([stepId, step]) => ({
                id: stepId,
                paragraphs: paragraphs(step.text),
                choices: step.choices ?? [],
                outcome: step.outcome,
                principles: step.principles ?? [],
              }))}
            />
          );
        },
        RiskMatrix: ({ id }: { id: string }) => {
          const exercise = module.risks[id];
          if (!exercise) return null;
          return (
            <RiskMatrix
              id={id}
              title={exercise.title}
              context={paragraphs(exercise.context)}
              hazards={exercise.hazards.map(({ id, description, principles = [] }) => ({ id, description, principles }))}
              toolkitHref={sources.has(RISK_TOOL_SOURCE) ? `/sources#${RISK_TOOL_SOURCE}` : undefined}
            />
          );
        },
        Source: ({ id }: { id: string }) => {
          const source = sources.get(id);
          return source ? <SourceCitation source={source} /> : null;
        },
        Figure: ({ id }: { id: string }) => <Figure id={id} figures={figures} labels={figureLabels} />,
        Reflection: ({ id, prompt }: { id: string; prompt: string }) => <Reflection module={module} id={id} prompt={prompt} />,
      }}
    />
  );
}
