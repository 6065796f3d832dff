import type { ExportSheet } from "./exportTypes.ts";

// A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection).
const FORMULA_START = /^[=+@\t\r]|^-(?![\d.])/;

/** Writes one sheet as RFC 4180 CSV with CRLF line ends, which Excel opens without asking. */
export function writeCsv(sheet: ExportSheet): string {
  const lines = [sheet.columns.join(",")];
  for (const row of sheet.rows) lines.push(sheet.columns.map((column) => csvCell(row[column])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const text = String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
