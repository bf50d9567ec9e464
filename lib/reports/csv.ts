// CSV that Excel opens correctly in any language: UTF-8 with a byte-order mark, CRLF line ends,
// RFC 4180 quoting. A spreadsheet runs a cell that starts with = + - @ tab or carriage return as a
// formula, so such a text cell gets a leading apostrophe. Where the list separator is ";" (Russian
// Excel, for one) the file is split at semicolons and quotes no longer protect what follows one: so
// a formula character right after a "," or ";" inside a text is neutralised the same way.
export const CSV_BOM = "\uFEFF";

export type CsvValue = string | number | Date | null | undefined;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  text = text.replace(/(^|[,;])(\s*)(?=[=+\-@\t\r])/g, "$1$2'");
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: CsvValue[]) => `${cells.map(csvCell).join(",")}\r\n`;
