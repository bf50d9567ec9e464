import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, csvLine } from "@/lib/reports/csv";

describe("csv", () => {
  it("quotes what needs quoting and leaves the rest", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(new Date("2026-03-04T12:00:00Z"))).toBe("2026-03-04");
  });

  it("neutralises every cell that a spreadsheet would run as a formula", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(csvCell(`${start}SUM(A1)`).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell("=HYPERLINK(\"x\")")).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-3)).toBe("-3");
  });

  it("keeps Arabic and Cyrillic text as it is, with CRLF line ends and a BOM to start", () => {
    expect(csvLine(["نور", "Зарина", 1])).toBe("نور,Зарина,1\r\n");
    expect(CSV_BOM).toBe("\uFEFF");
  });
});

// How a spreadsheet reads one line in a locale whose list separator is `separator`: quotes protect
// a field only when the field starts with one (RFC 4180, as Excel does).
function spreadsheetFields(line: string, separator: "," | ";"): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = "";
      i += 1;
      while (i < line.length && !(line[i] === '"' && line[i + 1] !== '"')) {
        value += line[i] === '"' ? '"' : line[i];
        i += line[i] === '"' ? 2 : 1;
      }
      i += 1;
      const end = line.indexOf(separator, i);
      fields.push(value + line.slice(i, end === -1 ? line.length : end));
      i = end === -1 ? line.length + 1 : end + 1;
    } else {
      const end = line.indexOf(separator, i);
      fields.push(line.slice(i, end === -1 ? line.length : end));
      i = end === -1 ? line.length + 1 : end + 1;
    }
  }
  return fields;
}

describe("csv injection in ',' and ';' spreadsheet locales", () => {
  const hostile = [
    "=cmd|' /C calc'!A0",
    "x;=cmd|' /C calc'!A0",
    "x,=cmd|' /C calc'!A0",
    'x";=HYPERLINK("http://evil.example")',
    "a; +SUM(1)",
    "a;\t-2+3",
    "@SUM(1);@SUM(2)",
    'name ""; -1+1',
  ];

  for (const separator of [",", ";"] as const) {
    it(`no field starts with a formula character when split at "${separator}"`, () => {
      for (const name of hostile) {
        const line = csvLine(["TJ", name, 7]).replace(/\r\n$/, "");
        for (const field of spreadsheetFields(line, separator)) expect(field.trimStart()).not.toMatch(/^[=+\-@]/);
      }
    });
  }

  it("leaves ordinary names with commas and semicolons readable", () => {
    expect(csvCell("Karimova, Z.; Dushanbe")).toBe('"Karimova, Z.; Dushanbe"');
  });
});
