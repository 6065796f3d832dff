import { AppError } from "../../errors.ts";
import type { SourceRecord } from "./importTypes.ts";
import { openXlsxArchive } from "./xlsx/openXlsxArchive.ts";
import { readCellFormats } from "./xlsx/readCellFormats.ts";
import { readSharedStrings } from "./xlsx/readSharedStrings.ts";
import { readSheetRows, type SheetCell } from "./xlsx/readSheetRows.ts";
import { readWorkbookIndex } from "./xlsx/readWorkbookIndex.ts";

/**
 * Hands each data row of an .xlsx workbook to `visit`: the sheet named after the kind ("Observations",
 * "Benchmarks", as our own exports write it) or else the first sheet; row 1 is the header. The
 * sheet is streamed as it inflates, within IMPORT_LIMITS, so a workbook costs memory for its
 * shared strings and one row, not for the whole sheet.
 */
export async function readXlsxRecords(
  file: Buffer,
  preferredSheet: string,
  visit: (record: SourceRecord, header: string[]) => void,
): Promise<string[]> {
  const archive = await openXlsxArchive(file);
  try {
    const workbook = await readWorkbookIndex(archive);
    const sheet =
      workbook.sheets.find((each) => each.name.toLowerCase() === preferredSheet.toLowerCase()) ??
      workbook.sheets[0];
    if (!sheet) return [];
    const context = {
      sharedStrings: workbook.sharedStringsPath
        ? await readSharedStrings(archive, workbook.sharedStringsPath)
        : [],
      formats: workbook.stylesPath ? await readCellFormats(archive, workbook.stylesPath) : [],
      isDate1904: workbook.isDate1904,
    };
    const header: string[] = [];
    let names: string[] = [];
    await readSheetRows(archive, sheet.path, context, (rowNumber, cells) => {
      if (rowNumber === 1) {
        for (const cell of cells) header[cell.column] = cell.text.trim().toLowerCase();
        names = header.filter(Boolean);
        return;
      }
      const record = toRecord(rowNumber, cells, header);
      if (record) visit(record, names);
    });
    return names;
  } finally {
    archive.close();
  }
}

// Cells under no header name are left out; a row whose named cells are all blank is passed over.
function toRecord(rowNumber: number, cells: SheetCell[], header: string[]): SourceRecord | null {
  const named: Record<string, string> = {};
  let hasText = false;
  for (const cell of cells) {
    const name = header[cell.column];
    if (!name) continue;
    if (cell.uncalculatedFormula !== null) {
      throw new AppError(
        "BAD_USER_INPUT",
        `Cell ${cell.ref} holds the formula =${cell.uncalculatedFormula} with no saved result. Open the file in Excel, let it calculate, save it and load it again.`,
      );
    }
    named[name] = cell.text;
    if (cell.text.trim() !== "") hasText = true;
  }
  return hasText ? { line: rowNumber, cells: named } : null;
}
