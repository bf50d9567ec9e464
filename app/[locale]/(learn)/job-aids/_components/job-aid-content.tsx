import { commonMdxComponents, courseMdxComponent } from "@/components/mdx/course-mdx";

/** A job aid's MDX, with the components a job aid may use: Callout, Term and Source (content/AUTHORING.md). */
export async function JobAidContent({ source }: { source: string }) {
  const Content = await courseMdxComponent(source);
  return <Content components={await commonMdxComponents()} />;
}
