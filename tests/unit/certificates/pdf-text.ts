import { inflateSync } from "node:zlib";

// Just enough of a PDF reader for react-pdf's output to tell what was drawn: each text run's
// characters, in the order they are painted (left to right on the page), read back through the
// font's ToUnicode map, and for each font which glyphs stand for which characters. Shaping shows
// as one letter drawn with several glyphs (its joined forms); right to left shows as painted order.

type Font = { name: string; toUnicode: Map<number, string> };

function objects(pdf: Buffer) {
  const text = pdf.toString("latin1"); // one character per byte, so indices are byte offsets
  const result = new Map<string, { dict: string; stream?: string }>();
  for (const match of text.matchAll(/(\d+) 0 obj\b/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf("endobj", start);
    const streamAt = text.indexOf("stream", start);
    if (streamAt === -1 || streamAt > end) {
      result.set(match[1]!, { dict: text.slice(start, end) });
      continue;
    }
    const dataStart = text.indexOf("\n", streamAt) + 1;
    const raw = pdf.subarray(dataStart, text.indexOf("endstream", dataStart));
    let stream: string;
    try {
      stream = inflateSync(raw).toString("latin1");
    } catch {
      stream = raw.toString("latin1");
    }
    result.set(match[1]!, { dict: text.slice(start, streamAt), stream });
  }
  return result;
}

function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const hex = (h: string) => (h ? String.fromCodePoint(...h.trim().split(/\s+/).map((p) => parseInt(p, 16))) : "");
  for (const [, from, list] of cmap.matchAll(/<([0-9a-f]+)>\s*<[0-9a-f]+>\s*\[([^\]]*)\]/gi)) {
    [...list!.matchAll(/<([^>]*)>/g)].forEach((item, i) => map.set(parseInt(from!, 16) + i, hex(item[1]!)));
  }
  return map;
}

export function readPdf(pdf: Buffer) {
  const objs = objects(pdf);
  const fonts = new Map<string, Font>();
  for (const { dict } of objs.values()) {
    const resources = /\/Font\s*<<([^>]*)>>/.exec(dict)?.[1];
    for (const [, alias, ref] of resources?.matchAll(/\/(\w+)\s+(\d+) 0 R/g) ?? []) {
      const font = objs.get(ref!)!.dict;
      const cmapRef = /\/ToUnicode (\d+) 0 R/.exec(font)?.[1];
      const name = /\/BaseFont \/(?:[A-Z]+\+)?([\w-]+)/.exec(font)?.[1] ?? "?";
      fonts.set(alias!, { name, toUnicode: cmapRef ? parseToUnicode(objs.get(cmapRef)!.stream ?? "") : new Map() });
    }
  }
  const runs: { font: string; text: string }[] = [];
  for (const { stream } of objs.values()) {
    if (!stream?.includes(" Tf")) continue;
    let font: Font | undefined;
    for (const [, alias, array] of stream.matchAll(/\/(\w+) [\d.]+ Tf|\[((?:<[0-9a-f]*>|[\s\d.-])*)\] TJ/gi)) {
      if (alias) font = fonts.get(alias);
      else if (font) {
        const ids = [...array!.matchAll(/<([0-9a-f]*)>/gi)].flatMap((m) => m[1]!.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16));
        runs.push({ font: font.name, text: ids.map((id) => font!.toUnicode.get(id) ?? "\uFFFD").join("") });
      }
    }
  }
  /** How many different glyphs of a font draw the given character. */
  const glyphsFor = (fontName: string, char: string) =>
    [...fonts.values()].filter((f) => f.name === fontName).flatMap((f) => [...f.toUnicode].filter(([, u]) => u === char)).length;
  return { runs, text: runs.map((r) => r.text).join(" "), fontNames: new Set([...fonts.values()].map((f) => f.name)), glyphsFor };
}
