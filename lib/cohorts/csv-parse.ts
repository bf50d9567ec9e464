// RFC 4180 reading for rosters that trainers export from Excel, LibreOffice or Google Sheets.
// One pass over the text, so a 5,000-row file costs no more than reading it once.

/** An unterminated quote. `line` is the 1-based record in which the quoted field opens. */
export class CsvSyntaxError extends Error {
  constructor(readonly line: number) {
    super(`A quoted field opened on line ${line} is never closed`);
    this.name = "CsvSyntaxError";
  }
}

const BOM = "\uFEFF";

// Excel in locales that write decimal commas saves "CSV" with semicolons; the header line tells
// us which it is, since a roster header never needs either character inside a column name.
function delimiterOf(text: string): "," | ";" {
  const end = text.search(/[\r\n]/);
  const header = end === -1 ? text : text.slice(0, end);
  return !header.includes(",") && header.includes(";") ? ";" : ",";
}

function unquotedEnd(text: string, from: number, delimiter: string): number {
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (c === delimiter || c === "\n" || c === "\r") break;
    i += 1;
  }
  return i;
}

/**
 * Rows of fields, every line kept (a blank line is `[""]`) so that a row's index + 1 is its record
 * number; only the empty text after a final line end is not a row. Lenient where spreadsheets are
 * sloppy: a quote inside an unquoted field, or text after a closing quote, is kept as it is.
 */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  if (input === "") return [];
  const delimiter = delimiterOf(input);
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let value = "";
    if (input[i] === '"') {
      let from = i + 1;
      for (;;) {
        const quote = input.indexOf('"', from);
        if (quote === -1) throw new CsvSyntaxError(rows.length + 1);
        value += input.slice(from, quote);
        if (input[quote + 1] !== '"') {
          i = quote + 1;
          break;
        }
        value += '"';
        from = quote + 2;
      }
    }
    const end = unquotedEnd(input, i, delimiter);
    value += input.slice(i, end);
    row.push(value);
    i = end;
    if (i >= input.length) {
      rows.push(row);
      return rows;
    }
    if (input[i] === delimiter) {
      i += 1;
      continue;
    }
    i += input[i] === "\r" && input[i + 1] === "\n" ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= input.length) return rows;
  }
}
