import ExcelJS from "exceljs";
import { AppError } from "../../errors.ts";
import type { SourceRecord } from "./importTypes.ts";

/**
 * Hands each data row of an .xlsx workbook to `visit`: the sheet named after the kind ("Observations",
 * "Benchmarks", as our own exports write it) or else the first sheet; row 1 is the header.
 */
export async function readXlsxRecords(
  file: Buffer,
  preferredSheet: string,
  visit: (record: SourceRecord, header: string[]) => void,
): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new AppError("BAD_USER_INPUT", `The file could not be read as an .xlsx workbook: ${message}`);
  }
  const sheet =
    workbook.worksheets.find((each) => each.name.toLowerCase() === preferredSheet.toLowerCase()) ??
    workbook.worksheets[0];
  if (!sheet) return [];
  const header: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => {
    header[column] = cellText(cell.value).trim().toLowerCase();
  });
  const names = header.filter(Boolean);
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Record<string, string> = {};
    row.eachCell((cell, column) => {
      const name = header[column];
      if (name) cells[name] = cellText(cell.value);
    });
    if (Object.values(cells).some((text) => text.trim() !== "")) visit({ line: rowNumber, cells }, names);
  });
  return names;
}

// Excel turns "2023-03" typed into a cell into a date, and formulas carry a cached result.
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 7);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    if ("error" in value) return String(value.error);
  }
  return String(value);
}
