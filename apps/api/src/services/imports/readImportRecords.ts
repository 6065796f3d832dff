import { AppError } from "../../errors.ts";
import type { SourceRecord } from "./importTypes.ts";
import { readCsvRecords } from "./readCsvRecords.ts";
import { readXlsxRecords } from "./readXlsxRecords.ts";

// An .xlsx file is a zip archive: it starts "PK\x03\x04" whatever the browser calls it.
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Reads an uploaded file as CSV or .xlsx (decided by its content, not its name), checks the
 * header has the columns the kind cannot do without, and hands each data row to `visit`.
 */
export async function readImportRecords(
  file: Buffer,
  sheetName: string,
  requiredColumns: readonly string[],
  visit: (record: SourceRecord) => void,
): Promise<void> {
  if (file.length === 0) throw new AppError("BAD_USER_INPUT", "The file is empty");
  let isHeaderChecked = false;
  const checkThenVisit = (record: SourceRecord, header: string[]) => {
    if (!isHeaderChecked) checkHeader(header, requiredColumns);
    isHeaderChecked = true;
    visit(record);
  };
  const isXlsx = file.subarray(0, 4).equals(ZIP_SIGNATURE);
  const header = isXlsx
    ? await readXlsxRecords(file, sheetName, checkThenVisit)
    : await readCsvRecords(file, checkThenVisit);
  if (!isHeaderChecked) {
    checkHeader(header, requiredColumns);
    throw new AppError("BAD_USER_INPUT", "The file has a header but no data rows");
  }
}

function checkHeader(header: string[], requiredColumns: readonly string[]): void {
  const missing = requiredColumns.filter((column) => !header.includes(column));
  if (missing.length === 0) return;
  const noun = missing.length > 1 ? "columns" : "column";
  throw new AppError("BAD_USER_INPUT", `The file's header lacks the ${noun} ${missing.join(", ")}`);
}
