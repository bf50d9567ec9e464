import { createHash } from "node:crypto";
import { bundleMDX } from "mdx-bundler";

// Compiling MDX costs tens of milliseconds; the same text always compiles to the same code, so each
// text is compiled once per process (keyed by its hash) and every later request reuses the result.
const compiled = new Map<string, Promise<string>>();

export function compileMdx(source: string): Promise<string> {
  const key = createHash("sha256").update(source).digest("hex");
  let code = compiled.get(key);
  if (!code) {
    code = bundleMDX({ source }).then((result) => result.code);
    code.catch(() => compiled.delete(key));
    compiled.set(key, code);
  }
  return code;
}
