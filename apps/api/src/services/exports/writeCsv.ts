import { stringify } from "csv-stringify/sync";
import type { ExportSheet } from "./exportTypes.ts";
import { neutraliseFormula } from "./neutraliseFormula.ts";

/**
 * Writes one sheet as RFC 4180 CSV with CRLF line ends, which Excel opens without asking. Numbers
 * stay numbers; every text cell a spreadsheet could run as a formula is defused. Cells holding a
 * semicolon are quoted too: Excel in locales whose list separator is ";" would split them there,
 * and a formula could start after the split.
 */
export function writeCsv(sheet: ExportSheet): string {
  const records = sheet.rows.map((row) => sheet.columns.map((column) => csvValue(row[column])));
  return stringify(records, {
    header: true,
    columns: [...sheet.columns],
    record_delimiter: "\r\n",
    quoted_match: /;/,
    cast: { boolean: (value) => String(value) },
  });
}

function csvValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  return neutraliseFormula(String(value));
}
