// CSV that Excel opens correctly in any language: UTF-8 with a byte-order mark, CRLF line ends,
// RFC 4180 quoting. A text cell that starts with = + - @ tab or carriage return gets a leading
// apostrophe, so a display name can never run as a spreadsheet formula.
export const CSV_BOM = "\uFEFF";

export type CsvValue = string | number | Date | null | undefined;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: CsvValue[]) => `${cells.map(csvCell).join(",")}\r\n`;
