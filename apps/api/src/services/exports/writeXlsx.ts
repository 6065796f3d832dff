import ExcelJS from "exceljs";
import type { ExportSheet } from "./exportTypes.ts";

/**
 * Writes sheets into one .xlsx workbook with a bold, frozen header row. Values go in as
 * plain numbers and strings, never formulas, so a note cannot run in the reader's Excel.
 */
export async function writeXlsx(sheets: ExportSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "pcc-scorecard";
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31), {
      views: [{ state: "frozen", ySplit: 1 }],
    });
    worksheet.columns = sheet.columns.map((column) => ({
      header: column,
      key: column,
      width: widthOf(column),
    }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(sheet.columns.map((column) => row[column] ?? null));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function widthOf(column: string): number {
  return ["metric", "metric_name", "source", "note", "comparator_name"].includes(column) ? 32 : 12;
}
