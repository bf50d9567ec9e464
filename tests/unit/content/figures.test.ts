import { readFile } from "node:fs/promises";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { Figure } from "@/components/figures/figure";
import type { FigureLabels, TextDirection } from "@/components/figures/frame";
import { FIGURE_IDS, type FigureId, type Figures } from "@/lib/content/figures";
import { loadCourse, type Course, type CourseModule } from "@/lib/content/load";
import { riskBand } from "@/lib/content/risk";
import { figureProblems, unusedFigures } from "@/lib/content/verify-figures";

const labels: FigureLabels = { lang: "en", dir: "ltr", textDescription: "Text description" };
const render = (id: string, figures: Figures, text?: TextDirection, ui = labels) => renderToStaticMarkup(createElement(Figure, { id, figures, text, labels: ui }));
const decode = (html: string) =>
  html
    .replace(/<[^>]*>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
/** Every piece of text a figure file holds, its labels and its numbers, but not the ids it uses as keys. */
const leaves = (value: unknown): string[] =>
  typeof value === "string"
    ? [value]
    : typeof value === "number"
      ? [value.toLocaleString("en")]
      : value && typeof value === "object"
        ? Object.entries(value).flatMap(([key, inner]) => (key === "id" || key === "principle" ? [] : leaves(inner)))
        : [];

let figures: Figures;
beforeAll(async () => {
  figures = (await loadCourse()).figures;
});

describe("the figures", () => {
  it("has a file for each of the five figures", () => {
    expect(Object.keys(figures).sort()).toEqual([...FIGURE_IDS].sort());
  });

  describe.each(FIGURE_IDS)("%s", (id: FigureId) => {
    it("renders in a <figure> with its caption, and links its text alternative for screen readers", () => {
      const html = render(id, figures);
      const figure = figures[id]!;
      expect(html).toMatch(/^<figure [^>]*lang="en" dir="ltr" aria-describedby="figure-[a-z-]+-description"/);
      expect(decode(html.match(/<figcaption[^>]*>(.*?)<\/figcaption>/)![1]!).trim()).toBe(figure.caption);
      const description = html.match(/<p id="figure-[a-z-]+-description"[^>]*>(.*?)<\/p>/)![1]!;
      expect(decode(description).trim()).toBe(figure.alt.replace(/\s+/g, " "));
      expect(html).toContain("<summary");
      expect(html).toContain("Text description");
      expect(html).toContain("break-inside-avoid");
      expect(html).toContain("print:block"); // the description is printed in full
    });

    it("shows every label of its file (none live in the component)", () => {
      const text = decode(render(id, figures));
      for (const label of leaves(figures[id])) expect(text).toContain(label.replace(/\s+/g, " "));
    });

    it("mirrors right to left: its own dir, logical spacing only, arrows flipped", () => {
      const html = render(id, figures, { lang: "ar", dir: "rtl" }, { lang: "ar", dir: "rtl", textDescription: "وصف نصي" });
      expect(html).toMatch(/^<figure [^>]*lang="ar" dir="rtl"/);
      expect(html).toContain('<summary lang="ar" dir="rtl"');
      expect(html).not.toMatch(/\b(?:[mp][lr]|left|right|text-left|text-right|border-[lr]|rounded-[lr])-/);
      if (html.includes("<svg")) expect(html).toContain("rtl:-scale-x-100");
    });
  });

  it("draws the worked example's made-up numbers exactly, in a real table", async () => {
    const lesson = await readFile(path.join(process.cwd(), "content/modules/03-minimizing-harm/03-accuracy-and-error.mdx"), "utf8");
    const count = (name: string) => Number(lesson.match(new RegExp(`\\(${name}\\): \\*\\*([\\d,]+)\\*\\*`))![1]!.replace(/,/g, ""));
    const cells = figures["confusion-matrix"]!.cells;
    expect([cells.truePositive.count, cells.falsePositive.count, cells.falseNegative.count, cells.trueNegative.count]).toEqual(
      ["true positives", "false positives", "false negatives", "true negatives"].map(count),
    );
    const html = render("confusion-matrix", figures);
    expect(html).toContain("<table");
    expect(html.match(/<th scope="row"/g)).toHaveLength(3);
    expect(html.match(/<th scope="col"/g)).toHaveLength(4);
    for (const total of ["244", "9,756", "50", "9,950", "10,000"]) expect(decode(html)).toContain(total);
    expect(figures["confusion-matrix"]!.note).toMatch(/made up/);
  });

  it("bands all 25 cells of the risk grid by score, with the band named in the cell", () => {
    const html = render("risk-grid", figures);
    const cells = [...html.matchAll(/<td class="border border-slate-500[^"]*"><span[^>]*>(\d+)<\/span><span[^>]*>([^<]+)<\/span><\/td>/g)];
    expect(cells).toHaveLength(25);
    const bands = figures["risk-grid"]!.bands;
    for (const [, score, band] of cells) expect(band).toBe(bands[riskBand(Number(score))]);
    expect(cells.map(([, score]) => Number(score)).sort((a, b) => a - b)).toContain(25);
  });

  it("renders nothing for an unknown id or a missing file", () => {
    expect(render("ghost", figures)).toBe("");
    expect(render("risk-grid", {})).toBe("");
  });
});

describe("the figure rules", () => {
  const module = (body: string) => ({ slug: "m", overview: "", lessons: [{ file: "/x/01-one.mdx", body }] }) as unknown as CourseModule;
  const course = (modules: CourseModule[], files: Figures) => ({ modules, figures: files }) as unknown as Course;

  it("finds a <Figure> that names no figure or no file", () => {
    const m = module('Text.\n\n<Figure id="ghost" />\n\n<Figure id="risk-grid" />\n\n<Figure id="life-cycle" />');
    const problems = figureProblems(m, course([m], { "life-cycle": figures["life-cycle"] }));
    expect(problems).toEqual([
      `01-one.mdx: <Figure id="ghost" /> names no figure; the figures are ${FIGURE_IDS.join(", ")}`,
      '01-one.mdx: <Figure id="risk-grid" /> has no file content/figures/risk-grid.yaml',
    ]);
  });

  it("finds a figure file no lesson shows", () => {
    const m = module('<Figure id="life-cycle" />');
    expect(unusedFigures(course([m], { "life-cycle": figures["life-cycle"], "risk-grid": figures["risk-grid"] }))).toEqual([
      'figures/risk-grid.yaml is shown by no lesson (<Figure id="risk-grid" />)',
    ]);
  });

  it("rejects a figure file without a caption or text alternative, or with a name that is no figure", async () => {
    const { mkdtemp, mkdir, writeFile } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const root = await mkdtemp(path.join(tmpdir(), "figures-"));
    await mkdir(path.join(root, "figures"));
    const { alt: _alt, ...withoutAlt } = figures["risk-grid"]!;
    await writeFile(path.join(root, "figures", "risk-grid.yaml"), JSON.stringify(withoutAlt));
    await expect(loadCourse(root)).rejects.toThrow(/risk-grid\.yaml does not follow content\/AUTHORING\.md:\n {2}alt:/);
    await writeFile(path.join(root, "figures", "risk-grid.yaml"), JSON.stringify(figures["risk-grid"]));
    await writeFile(path.join(root, "figures", "pie-chart.yaml"), "caption: x\nalt: y\n");
    await expect(loadCourse(root)).rejects.toThrow(/no figure is called "pie-chart"/);
  });
});
