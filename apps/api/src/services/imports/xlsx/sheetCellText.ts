import type { CellFormat } from "./readCellFormats.ts";

const MS_PER_DAY = 86_400_000;
// Serial day 25569 is 1970-01-01 in the 1900 date system; the 1904 system starts 1,462 days later.
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET = 1_462;

/**
 * A cell's text as a person sees it in Excel, for the import's own parsers: shared and inline
 * strings as written, dates as `YYYY-MM` (Excel turns "2023-03" typed into a cell into a date),
 * times and durations as `h:mm:ss`, booleans as `true`/`false`, errors as Excel shows them (`#N/A`).
 */
export function sheetCellText(
  type: string,
  value: string,
  format: CellFormat,
  context: { sharedStrings: readonly string[]; isDate1904: boolean },
): string {
  switch (type) {
    case "s":
      return context.sharedStrings[Number(value)] ?? "";
    case "str":
    case "inlineStr":
    case "e":
      return value;
    case "b":
      return value.trim() === "0" ? "false" : "true";
    case "d":
      return value.slice(0, 7);
    default:
      return numberText(value, format, context.isDate1904);
  }
}

function numberText(value: string, format: CellFormat, isDate1904: boolean): string {
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number)) return value;
  if (format === "DATE") {
    const serial = isDate1904 ? number + DATE_1904_OFFSET : number;
    const date = new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
    return Number.isNaN(date.getTime()) ? value : date.toISOString().slice(0, 7);
  }
  if (format === "TIME") {
    const seconds = Math.round(number * 86_400);
    const hours = Math.floor(seconds / 3600);
    const minutes = Math.floor((seconds % 3600) / 60);
    return `${hours}:${String(minutes).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
  }
  return String(number);
}
