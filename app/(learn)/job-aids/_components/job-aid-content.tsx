import { getMDXComponent } from "mdx-bundler/client";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Callout } from "@/components/mdx/callout";
import { SourceCite } from "@/components/mdx/source-cite";
import { Term } from "@/components/mdx/term";
import { compileMdx } from "@/lib/content/compile";
import { getCourse } from "@/lib/content/course";
import { getGlossary } from "@/lib/content/glossary";

const components = new Map<string, ReturnType<typeof getMDXComponent>>();

/** A job aid's MDX, with the components a job aid may use: Callout, Term and Source (content/AUTHORING.md). */
export async function JobAidContent({ source }: { source: string }) {
  const code = await compileMdx(source);
  let Content = components.get(code);
  if (!Content) {
    Content = getMDXComponent(code);
    components.set(code, Content);
  }
  const glossary = await getGlossary();
  const sources = (await getCourse()).sources;
  const t = await getTranslations("glossary");
  const tj = await getTranslations("jobAids");
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
        Source: ({ id }: { id: string }) => <SourceCite id={id} source={sources.find((s) => s.id === id)} label={tj("source")} />,
      }}
    />
  );
}
