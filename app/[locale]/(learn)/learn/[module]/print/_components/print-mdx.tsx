import { getLocale } from "next-intl/server";
import type { AnchorHTMLAttributes, HTMLAttributes } from "react";
import { commonMdxComponents, courseMdxComponent } from "@/components/mdx/course-mdx";
import { SourceCitation } from "@/components/sources/source-citation";
import { textAttributes } from "@/lib/content/course-language";
import { getGlossary } from "@/lib/content/glossary";
import type { CourseModule } from "@/lib/content/load";
import { printHref } from "@/lib/content/print-module";
import { getSources } from "@/lib/content/sources";
import type { TextOrigin } from "@/lib/content/translations";
import { FINAL_CHECK } from "@/lib/progress/constants";
import { PrintCheck } from "./print-check";
import { PrintReflection } from "./print-reflection";
import { PrintRisk } from "./print-risk";
import { PrintScenario } from "./print-scenario";

/** The Toolkit's own risk questionnaire, which every risk exercise points to for real assessments. */
const RISK_TOOL_SOURCE = "toolkit-risk-assessment";

type Heading = HTMLAttributes<HTMLHeadingElement>;

export const termAnchor = (id: string) => `term-${id}`;
export const sourceAnchor = (id: string) => `source-${id}`;

/**
 * A lesson's MDX for the printable module: the same text, callouts and figures as the lesson page,
 * with its interactive parts drawn for paper by server components (no client code, no member data).
 * Glossary terms and citations point to the lists at the end of the module, links are plain links
 * (nothing to prefetch), and the lesson's headings sit one level below the lesson's title.
 */
type Props = { source: string; text: TextOrigin; module: CourseModule; sourceIds: ReadonlySet<string> };

/** `text`: the language `source` is in; `module` is the module in the page's language. */
export async function PrintMdx({ source, text, module, sourceIds }: Props) {
  const Content = await courseMdxComponent(source);
  const glossary = await getGlossary();
  const sources = await getSources(await getLocale());
  return (
    <Content
      components={{
        ...(await commonMdxComponents()),
        a: ({ href = "", ...props }: AnchorHTMLAttributes<HTMLAnchorElement>) => {
          const target = printHref(href, module);
          return <a href={target} rel={/^https?:/.test(target) ? "noreferrer" : undefined} {...props} />;
        },
        h2: (props: Heading) => <h3 {...props} />,
        h3: (props: Heading) => <h4 {...props} />,
        h4: (props: Heading) => <h5 {...props} />,
        Term: ({ id, children }: { id: string; children: React.ReactNode }) =>
          glossary.has(id) ? (
            <a href={`#${termAnchor(id)}`} className="underline decoration-dotted underline-offset-4">
              {children}
            </a>
          ) : (
            children
          ),
        Source: ({ id }: { id: string }) => {
          const found = sources.get(id);
          return found ? <SourceCitation source={found} href={sourceIds.has(id) ? `#${sourceAnchor(id)}` : undefined} /> : null;
        },
        KnowledgeCheck: ({ id }: { id: string }) => {
          const check = id === FINAL_CHECK ? undefined : module.checks[id];
          return check ? <PrintCheck checkId={id} check={check} /> : null;
        },
        Scenario: ({ id }: { id: string }) => {
          const scenario = module.scenarios[id];
          return scenario ? <PrintScenario id={id} scenario={scenario} /> : null;
        },
        RiskMatrix: ({ id }: { id: string }) => {
          const exercise = module.risks[id];
          if (!exercise) return null;
          const toolkitHref = sourceIds.has(RISK_TOOL_SOURCE) ? `#${sourceAnchor(RISK_TOOL_SOURCE)}` : sources.has(RISK_TOOL_SOURCE) ? `/sources#${RISK_TOOL_SOURCE}` : undefined;
          return <PrintRisk id={id} exercise={exercise} toolkitHref={toolkitHref} />;
        },
        Reflection: ({ prompt }: { prompt: string }) => <PrintReflection prompt={prompt} language={textAttributes(text)} />,
      }}
    />
  );
}
