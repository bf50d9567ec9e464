import { describe, expect, it } from "vitest";
import { CsvSyntaxError, parseCsv } from "@/lib/cohorts/csv-parse";

describe("parseCsv", () => {
  it("splits fields and lines, and a final line end makes no extra row", () => {
    expect(parseCsv("a,b,c\n1,2,3\n")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
    expect(parseCsv("a,b\n1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(parseCsv("")).toEqual([]);
  });

  it("keeps empty fields, blank lines and leading or trailing spaces", () => {
    expect(parseCsv("a,,c,\n\n x ,y\n")).toEqual([["a", "", "c", ""], [""], [" x ", "y"]]);
  });

  it("reads quoted fields with commas, doubled quotes and line ends inside", () => {
    const text = 'name,note\n"Doe, Jane","She said ""hi"""\n"two\nlines","crlf\r\ninside"\n';
    expect(parseCsv(text)).toEqual([
      ["name", "note"],
      ["Doe, Jane", 'She said "hi"'],
      ["two\nlines", "crlf\r\ninside"],
    ]);
    expect(parseCsv('"",""""\n')).toEqual([["", '"']]);
  });

  it("accepts CRLF, LF and CR line ends, mixed", () => {
    expect(parseCsv("a,b\r\n1,2\r3,4\n5,6\r\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
      ["5", "6"],
    ]);
  });

  it("drops a byte-order mark at the start only", () => {
    expect(parseCsv("\uFEFFemail,name\r\nx@y.org,\uFEFFZ\r\n")).toEqual([
      ["email", "name"],
      ["x@y.org", "\uFEFFZ"],
    ]);
  });

  it("reads semicolon files when the header has semicolons and no comma", () => {
    expect(parseCsv("email;name;org\nx@y.org;Doe, Jane;\"A;B\"\n")).toEqual([
      ["email", "name", "org"],
      ["x@y.org", "Doe, Jane", "A;B"],
    ]);
    // A comma in the header means commas separate, even if semicolons appear too.
    expect(parseCsv("email,name;alias\na;b,c\n")).toEqual([
      ["email", "name;alias"],
      ["a;b", "c"],
    ]);
  });

  it("keeps Arabic and Cyrillic text as it is", () => {
    expect(parseCsv("نور,Зарина\n")).toEqual([["نور", "Зарина"]]);
  });

  it("is lenient with stray quotes that a spreadsheet could write", () => {
    expect(parseCsv('ab"c,"q"r\n')).toEqual([['ab"c', "qr"]]);
  });

  it("throws CsvSyntaxError with the record on which an unterminated quote opens", () => {
    const text = 'a,b\n"multi\nline",x\n1,"never closed\n2,3\n';
    let caught: unknown;
    try {
      parseCsv(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CsvSyntaxError);
    expect((caught as CsvSyntaxError).line).toBe(3);
    expect(() => parseCsv('"open')).toThrow(CsvSyntaxError);
  });
});
