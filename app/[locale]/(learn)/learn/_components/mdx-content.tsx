import { commonMdxComponents, courseMdxComponent } from "@/components/mdx/course-mdx";
import { ReflectionForm } from "@/components/mdx/reflection-form";
import { RiskMatrix } from "@/components/mdx/risk-matrix";
import { ScenarioPlayer } from "@/components/mdx/scenario-player";
import { textAttributes } from "@/lib/content/course-language";
import type { CourseModule } from "@/lib/content/load";
import type { TextOrigin } from "@/lib/content/translations";
import { paragraphs } from "@/lib/content/paragraphs";
import { getSources } from "@/lib/content/sources";
import { saveReflectionAction } from "../actions";
import { KnowledgeCheck } from "./knowledge-check";

/** The Toolkit's own risk questionnaire, which every risk exercise points to for real assessments. */
const RISK_TOOL_SOURCE = "toolkit-risk-assessment";

/**
 * Renders a lesson's MDX on the server with the components authors may use (content/AUTHORING.md).
 * `module` is the module in the page's language; `text` says which language `source` is in.
 */
export async function MdxContent({ source, module, text }: { source: string; module: CourseModule; text: TextOrigin }) {
  const Content = await courseMdxComponent(source);
  const sources = await getSources();
  return (
    <Content
      components={{
        ...(await commonMdxComponents()),
        KnowledgeCheck: ({ id }: { id: string }) => <KnowledgeCheck module={module} checkId={id} />,
        Scenario: ({ id }: { id: string }) => {
          const scenario = module.scenarios[id];
          if (!scenario) return null;
          return (
            <ScenarioPlayer
              id={id}
              textLanguage={textAttributes(scenario.text)}
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
              textLanguage={textAttributes(exercise.text)}
              title={exercise.title}
              context={paragraphs(exercise.context)}
              hazards={exercise.hazards.map(({ id, description, principles = [] }) => ({ id, description, principles }))}
              toolkitHref={sources.has(RISK_TOOL_SOURCE) ? `/sources#${RISK_TOOL_SOURCE}` : undefined}
            />
          );
        },
        Reflection: ({ id, prompt }: { id: string; prompt: string }) => (
          <ReflectionForm moduleSlug={module.slug} promptId={id} prompt={prompt} action={saveReflectionAction} textLanguage={textAttributes(text)} />
        ),
      }}
    />
  );
}
