// The weight of each figure: `npm run bench:figures`. Renders every figure from content/figures/ as
// the server sends it and prints its HTML bytes, gzipped bytes, and the client JavaScript it adds.
// Figures are server components: the client JavaScript is zero unless a client module imports one,
// which this script checks by following the imports of every "use client" file (and, after
// `npm run build`, by looking for a figure's markup in the browser chunks).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Figure } from "@/components/figures/figure";
import { FIGURE_IDS } from "@/lib/content/figures";
import { loadCourse } from "@/lib/content/load";

const root = process.cwd();
const labels = { lang: "en", dir: "ltr" as const, textDescription: "Text description" };
const { figures } = await loadCourse();

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? (name === "node_modules" || name === "generated" ? [] : walk(file)) : /\.(ts|tsx)$/.test(name) ? [file] : [];
  });
}

function resolve(from: string, spec: string): string | undefined {
  const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : undefined;
  if (!base) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")].find((file) => existsSync(file) && statSync(file).isFile());
}

/** Every project file a client module pulls into the browser bundle. */
function clientClosure(): Map<string, string> {
  const reachedFrom = new Map<string, string>();
  const sources = ["app", "components", "lib"].flatMap((dir) => walk(path.join(root, dir)));
  const queue = sources.filter((file) => /^\s*["']use client["']/.test(readFileSync(file, "utf8"))).map((file) => [file, file] as const);
  while (queue.length > 0) {
    const [file, client] = queue.pop()!;
    if (reachedFrom.has(file)) continue;
    reachedFrom.set(file, client);
    const text = readFileSync(file, "utf8");
    // A client module gets only references to server actions, not their code.
    if (/^\s*["']use server["']/.test(text)) continue;
    for (const match of text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+["']([^"']+)["']/gm)) {
      const target = resolve(file, match[1]!);
      if (target) queue.push([target, client]);
    }
  }
  return reachedFrom;
}

const closure = clientClosure();
const figureModules = [...walk(path.join(root, "components/figures")), path.join(root, "lib/content/figures.ts")];
const leaks = figureModules.filter((file) => closure.has(file)).map((file) => `${path.relative(root, file)} (imported by client module ${path.relative(root, closure.get(file)!)})`);

// After a build: the figure frame's markup must not appear in any browser chunk.
const chunkDir = path.join(root, ".next/static/chunks");
const marker = "break-inside-avoid rounded border border-slate-300";
const bundled = existsSync(chunkDir)
  ? readdirSync(chunkDir, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".js") && readFileSync(path.join(chunkDir, name), "utf8").includes(marker))
  : undefined;

const rows: { figure: string; htmlBytes: number; gzipBytes: number; clientJsBytes: number }[] = FIGURE_IDS.map((id) => {
  const html = renderToStaticMarkup(createElement(Figure, { id, figures, labels }));
  if (!html) throw new Error(`content/figures/${id}.yaml is missing`);
  return { figure: id, htmlBytes: Buffer.byteLength(html), gzipBytes: gzipSync(html).length, clientJsBytes: leaks.length ? NaN : 0 };
});
rows.push({
  figure: "all five",
  htmlBytes: rows.reduce((sum, row) => sum + row.htmlBytes, 0),
  gzipBytes: gzipSync(FIGURE_IDS.map((id) => renderToStaticMarkup(createElement(Figure, { id, figures, labels }))).join("")).length,
  clientJsBytes: leaks.length ? NaN : 0,
});
console.table(rows);
console.log(bundled === undefined ? "No build found (.next/static/chunks): run `npm run build` to also check the browser chunks." : `Browser chunks holding figure markup: ${bundled.length ? bundled.join(", ") : "none"}`);
if (leaks.length || bundled?.length) {
  console.error(`Figure code reaches the browser:\n  ${[...leaks, ...(bundled ?? [])].join("\n  ")}`);
  process.exit(1);
}
