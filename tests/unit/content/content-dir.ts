import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/** A content folder in a temporary directory holding exactly `files` (path under content/ to text). */
export async function contentWith(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "content-"));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
  return root;
}

/** The smallest module.mdx the loader accepts. */
export const MODULE_MDX = `---
title: T
summary: S
principle: lawfulness
order: 1
estimatedMinutes: 30
objectives: [a, b, c]
instrumentalPrinciples: [legitimacy]
takeaways: [a, b, c]
---
Overview.`;
