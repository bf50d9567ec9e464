import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every module a browser component imports, however indirectly, is sent to the phone. The sign-in
// page once carried zod (31 KB compressed, a sixth of the page) for two string constants that sat
// in a schemas file. This walks the imports of every "use client" file and names the path by which
// a server-only library would reach the browser. Type-only imports are erased and not followed;
// dynamic import() is not followed either (it loads on demand, not with the page), nor are server
// actions' files ("use server": the browser gets a reference to call, not their code).
const root = path.resolve(import.meta.dirname, "../../..");
// next-auth: its browser part (next-auth/react, about 10 KB) is replaced by lib/auth/browser-session.ts.
const SERVER_ONLY = ["zod", "@prisma/client", "@electric-sql/pglite", "pino", "mdx-bundler", "esbuild", "@react-pdf/renderer", "next-auth"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "node_modules" || name === "generated" || name.startsWith(".")) return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

function isClientFile(file: string): boolean {
  return /^\s*["']use client["']/.test(readFileSync(file, "utf8"));
}

/** Server actions: a browser component receives only a reference to call them, never their code. */
function isServerActionsFile(file: string): boolean {
  return /^\s*["']use server["']/.test(readFileSync(file, "utf8"));
}

/** The specifiers a file imports at run time (not `import type`, not all-type named imports). */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const bindings = clause?.namedBindings;
      const onlyTypes = clause && !clause.name && bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
      if (!onlyTypes) found.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) && !statement.isTypeOnly) {
      found.push(statement.moduleSpecifier.text);
    }
  }
  return found;
}

function resolveLocal(specifier: string, from: string): string | undefined {
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : path.resolve(path.dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return parts.slice(0, specifier.startsWith("@") ? 2 : 1).join("/");
}

/** For each server-only package a client file reaches: the chain of files that leads to it. */
function serverOnlyReached(entry: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>([entry]);
  const queue: { file: string; chain: string[] }[] = [{ file: entry, chain: [path.relative(root, entry)] }];
  while (queue.length > 0) {
    const { file, chain } = queue.shift()!;
    for (const specifier of runtimeImports(file)) {
      if (specifier.startsWith(".") || specifier.startsWith("@/")) {
        const target = resolveLocal(specifier, file);
        if (!target || !/\.tsx?$/.test(target) || seen.has(target) || isServerActionsFile(target)) continue;
        seen.add(target);
        queue.push({ file: target, chain: [...chain, path.relative(root, target)] });
      } else if (SERVER_ONLY.includes(packageName(specifier))) {
        problems.push(`${[...chain, specifier].join(" -> ")}`);
      }
    }
  }
  return problems;
}

describe("what browser components bring to the phone", () => {
  const clientFiles = ["app", "components", "lib"].flatMap((dir) => sourceFiles(path.join(root, dir))).filter(isClientFile);

  it("finds the browser components", () => {
    expect(clientFiles.length).toBeGreaterThan(40);
  });

  it("no browser component imports a server-only library, directly or through another file", () => {
    expect(clientFiles.flatMap(serverOnlyReached)).toEqual([]);
  });

  it("the walk follows imports through other files to the library (a server file, walked the same way)", () => {
    const chains = serverOnlyReached(path.join(root, "lib/auth/options.ts"));
    expect(chains).toContainEqual(expect.stringMatching(/^lib\/auth\/options\.ts -> (lib\/[^ ]+ -> )+zod$/));
  });
});
