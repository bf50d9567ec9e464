import { bundleMDX } from "mdx-bundler";
import { getMDXComponent } from "mdx-bundler/client";

// The floor of page weight: an empty App Router page whose only content is a small MDX text,
// compiled on the server the way the course's lessons are, with no client component of its own.
const source = `# A lesson

Artificial intelligence systems **predict**; they do not know. A model that is right nine times
in ten is wrong the tenth time, and the person it is wrong about is real.

- Ask what the system was trained on.
- Ask how often it errs, and for whom.
`;

export default async function Page() {
  const { code } = await bundleMDX({ source });
  const Content = getMDXComponent(code);
  return (
    <main>
      <Content />
    </main>
  );
}
