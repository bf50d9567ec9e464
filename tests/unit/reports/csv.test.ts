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
