import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/cohorts/csv-parse";
import { validateRoster, type RosterResult } from "@/lib/cohorts/roster";

const none = new Set<string>();
const roster = (lines: string[], inCohort: ReadonlySet<string> = none) => validateRoster(parseCsv(lines.join("\n")), inCohort);
const errorsOf = (result: RosterResult) => (result.ok ? [] : result.errors);
const HEADER = "email,display name,sector,organisation,preferred language";

describe("validateRoster: good files", () => {
  it("normalises every field and leaves empty optional fields absent", () => {
    const result = roster([
      HEADER,
      "  Nargis@Example.ORG ,  Nargis K. , law enforcement , Border Police ,FA-af",
      "omar@example.org,Omar,,,",
    ]);
    expect(result).toEqual({
      ok: true,
      rows: [
        { line: 2, email: "nargis@example.org", displayName: "Nargis K.", sector: "LAW_ENFORCEMENT", organisation: "Border Police", preferredLanguage: "fa" },
        { line: 3, email: "omar@example.org", displayName: "Omar" },
      ],
    });
  });

  it("keeps Arabic and Cyrillic names, from a BOM-marked CRLF file", () => {
    const result = validateRoster(parseCsv("\uFEFFemail,name\r\nnoor@example.org,نور الهدى\r\nzarina@example.org,Зарина Саидова\r\n"), none);
    expect(result.ok && result.rows.map((row) => row.displayName)).toEqual(["نور الهدى", "Зарина Саидова"]);
  });

  it("accepts every sector in any case, with spaces, hyphens or the z spelling", () => {
    const sectors = ["law_enforcement", "Judiciary", "PROSECUTION", "Civil-society", "international organization", "International  Organisation", "other"];
    const result = roster(["email,name,sector", ...sectors.map((sector, i) => `p${i}@example.org,Person ${i},${sector}`)]);
    expect(result.ok && result.rows.map((row) => row.sector)).toEqual([
      "LAW_ENFORCEMENT",
      "JUDICIARY",
      "PROSECUTION",
      "CIVIL_SOCIETY",
      "INTERNATIONAL_ORGANISATION",
      "INTERNATIONAL_ORGANISATION",
      "OTHER",
    ]);
  });

  it("accepts language codes in any case, with a region, and prs for Dari", () => {
    const codes = ["en", "AR", "fa-AF", "prs", "ps", "ur", "ru-RU", "tg", "uz", "kk", "KY"];
    const result = roster(["email,name,lang", ...codes.map((code, i) => `p${i}@example.org,Person ${i},${code}`)]);
    expect(result.ok && result.rows.map((row) => row.preferredLanguage)).toEqual(["en", "ar", "fa", "fa", "ps", "ur", "ru", "tg", "uz", "kk", "ky"]);
  });

  it("maps header aliases whatever their case, spacing, underscores or hyphens", () => {
    const result = roster([" E-Mail Address ,PSEUDONYM,Sector,org,Preferred_Language", "a@example.org,Aziz,judiciary,Court,ru"]);
    expect(result).toEqual({
      ok: true,
      rows: [{ line: 2, email: "a@example.org", displayName: "Aziz", sector: "JUDICIARY", organisation: "Court", preferredLanguage: "ru" }],
    });
    for (const header of ["email,name", "e-mail,display_name", "EMAIL,DisplayName", "email address,display-name"]) {
      expect(roster([header, "a@example.org,Aziz"]).ok).toBe(true);
    }
    for (const org of ["organisation", "Organization", "ORG"]) {
      expect(roster([`email,name,${org}`, "a@example.org,Aziz,Court"])).toMatchObject({ ok: true, rows: [{ organisation: "Court" }] });
    }
    for (const lang of ["language", "Lang", "preferred language", "preferredLanguage"]) {
      expect(roster([`email,name,${lang}`, "a@example.org,Aziz,kk"])).toMatchObject({ ok: true, rows: [{ preferredLanguage: "kk" }] });
    }
  });

  it("reads the single-person form's own header", () => {
    const result = roster(["email,displayName,sector,organisation,preferredLanguage", '"x@example.org","Xu","","",""']);
    expect(result).toEqual({ ok: true, rows: [{ line: 2, email: "x@example.org", displayName: "Xu" }] });
  });

  it("skips blank rows but keeps counting lines, and counts a multi-line record as one line", () => {
    const result = roster(["", "email,name,organisation", "", "a@example.org,Aziz,\"Ministry\nof Justice\"", ",,", "b@example.org,Bea,"]);
    expect(result).toEqual({
      ok: true,
      rows: [
        { line: 4, email: "a@example.org", displayName: "Aziz", organisation: "Ministry of Justice" },
        { line: 6, email: "b@example.org", displayName: "Bea" },
      ],
    });
  });

  it("reads semicolon-separated files", () => {
    expect(roster(["email;name;sector", "a@example.org;Doe, Jane;other"])).toEqual({
      ok: true,
      rows: [{ line: 2, email: "a@example.org", displayName: "Doe, Jane", sector: "OTHER" }],
    });
  });

  it("ignores an unnamed column left empty, as spreadsheets leave after a cleared column", () => {
    expect(roster(["email,name,,", "a@example.org,Aziz,,"])).toEqual({ ok: true, rows: [{ line: 2, email: "a@example.org", displayName: "Aziz" }] });
  });
});

describe("validateRoster: errors", () => {
  it("rejects a file with one bad row among good ones with exactly that error", () => {
    const result = roster([HEADER, "a@example.org,Aziz,judiciary,,ru", "b@example.org,Bea,astronaut,,en", "c@example.org,Cem,,,"]);
    expect(result).toEqual({ ok: false, errors: [{ line: 3, column: "sector", code: "unknownSector", value: "astronaut" }] });
  });

  it("reports every bad row and field, in line order, with its line number", () => {
    const result = roster(
      [
        "Email,Name,Sector,Org,Lang",
        "not-an-email,Aziz,,,",
        "a@example.org,A,,,",
        "b@example.org,Bea,astronaut,,xx",
        `c@example.org,Cem,,${"o".repeat(121)},`,
        "d@example.org,Dana,,",
        "A@Example.org,Again,,,",
        "member@example.org,Member,,,",
        ",,,,",
        "e@example.org,,,,",
        ",Nameless,,,",
      ],
      new Set(["member@example.org"]),
    );
    expect(errorsOf(result)).toEqual([
      { line: 2, column: "Email", code: "emailInvalid", value: "not-an-email" },
      { line: 3, column: "Name", code: "displayNameLength" },
      { line: 4, column: "Sector", code: "unknownSector", value: "astronaut" },
      { line: 4, column: "Lang", code: "unknownLanguage", value: "xx" },
      { line: 5, column: "Org", code: "organisationTooLong" },
      { line: 6, code: "wrongFieldCount" },
      { line: 7, column: "Email", code: "duplicateInFile", value: "3" },
      { line: 8, column: "Email", code: "alreadyInCohort", value: "member@example.org" },
      { line: 10, column: "Name", code: "displayNameLength" },
      { line: 11, column: "Email", code: "emailInvalid", value: "" },
    ]);
  });

  it("bounds the display name to 2-80 characters after trimming, and organisation to 120", () => {
    const lines = ["email,name,organisation", `a@example.org,${"n".repeat(80)},${"o".repeat(120)}`, `b@example.org,${"n".repeat(81)},`, "c@example.org,  X  ,"];
    expect(errorsOf(roster(lines))).toEqual([
      { line: 3, column: "name", code: "displayNameLength" },
      { line: 4, column: "name", code: "displayNameLength" },
    ]);
  });

  it("matches cohort members and duplicates whatever the case of the email", () => {
    const result = roster(["email,name", "Member@Example.ORG,Member", "x@example.org,Xu", "X@EXAMPLE.ORG,Xu again"], new Set(["member@example.org"]));
    expect(errorsOf(result)).toEqual([
      { line: 2, column: "email", code: "alreadyInCohort", value: "member@example.org" },
      { line: 4, column: "email", code: "duplicateInFile", value: "3" },
    ]);
  });

  it("reports data in an unnamed column", () => {
    expect(errorsOf(roster(["email,name,", "a@example.org,Aziz,stray"]))).toEqual([{ line: 2, code: "unnamedColumn", value: "stray" }]);
  });

  it("reports every header problem on line 1 and no row errors", () => {
    expect(errorsOf(roster(["emial,name,sector,Sector,org,organization", "bad,x,,,,"]))).toEqual([
      { line: 1, code: "unknownColumn", value: "emial" },
      { line: 1, code: "duplicateColumn", value: "Sector" },
      { line: 1, code: "duplicateColumn", value: "organization" },
      { line: 1, code: "missingColumn", value: "email" },
    ]);
    expect(errorsOf(roster(["e-mail,email,constructor", "a@example.org,a@example.org,x"]))).toEqual([
      { line: 1, code: "duplicateColumn", value: "email" },
      { line: 1, code: "unknownColumn", value: "constructor" },
      { line: 1, code: "missingColumn", value: "display name" },
    ]);
  });

  it("reports a header that starts below blank lines on its own line", () => {
    expect(errorsOf(roster(["", "", "email,surname", "a@example.org,Aziz"]))).toEqual([
      { line: 3, code: "unknownColumn", value: "surname" },
      { line: 3, code: "missingColumn", value: "display name" },
    ]);
  });

  it("calls a file with no data rows empty", () => {
    expect(validateRoster([], none)).toEqual({ ok: false, errors: [{ line: 0, code: "emptyFile" }] });
    expect(roster([HEADER])).toEqual({ ok: false, errors: [{ line: 0, code: "emptyFile" }] });
    expect(roster([HEADER, "", ",,,,", ""])).toEqual({ ok: false, errors: [{ line: 0, code: "emptyFile" }] });
  });
});

describe("validateRoster: size", () => {
  const file = (count: number) => ["email,name,sector", ...Array.from({ length: count }, (_, i) => `bulk-${i}@example.org,Member ${i},prosecution`)];

  it("validates 5,000 rows in one go", () => {
    const result = roster(file(5000));
    expect(result.ok && result.rows.length).toBe(5000);
    expect(result.ok && result.rows.at(-1)).toEqual({ line: 5001, email: "bulk-4999@example.org", displayName: "Member 4999", sector: "PROSECUTION" });
  });

  it("refuses 5,001 rows, naming the first line over the limit", () => {
    expect(roster(file(5001))).toEqual({ ok: false, errors: [{ line: 5002, code: "tooManyRows" }] });
  });

  it("finds a duplicate 5,000 lines apart", () => {
    const lines = file(5000);
    lines[5000] = "bulk-0@example.org,Member again,other";
    expect(errorsOf(roster(lines))).toEqual([{ line: 5001, column: "email", code: "duplicateInFile", value: "2" }]);
  });
});
