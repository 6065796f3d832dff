import { AppError } from "../../errors.ts";
import { ImportLimitExceeded } from "./ImportLimitExceeded.ts";
import { IMPORT_LIMITS } from "./importLimits.ts";
import type { SourceRecord } from "./importTypes.ts";
import { readCsvRecords } from "./readCsvRecords.ts";
import { readXlsxRecords } from "./readXlsxRecords.ts";

// An .xlsx file is a zip archive: it starts "PK\x03\x04" whatever the browser calls it.
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Reads an uploaded file as CSV or .xlsx (decided by its content, not its name), checks the
 * header has the columns the kind cannot do without, and hands each data row to `visit`. Refuses
 * a file past IMPORT_LIMITS as soon as a limit is passed, not after reading the rest.
 */
export async function readImportRecords(
  file: Buffer,
  sheetName: string,
  requiredColumns: readonly string[],
  visit: (record: SourceRecord) => void,
): Promise<void> {
  if (file.length === 0) throw new AppError("BAD_USER_INPUT", "The file is empty");
  if (file.length > IMPORT_LIMITS.fileBytes) {
    throw new ImportLimitExceeded(
      "fileBytes",
      `The file is larger than the limit of ${IMPORT_LIMITS.fileBytes / 1_000_000} MB.`,
    );
  }
  let isHeaderChecked = false;
  let rowCount = 0;
  const checkThenVisit = (record: SourceRecord, header: string[]) => {
    if (!isHeaderChecked) checkHeader(header, requiredColumns);
    isHeaderChecked = true;
    if (++rowCount > IMPORT_LIMITS.rows) {
      throw new ImportLimitExceeded(
        "rows",
        `The file has more than the limit of ${IMPORT_LIMITS.rows.toLocaleString("en-GB")} data rows.`,
      );
    }
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
  if (header.length > IMPORT_LIMITS.columns) {
    throw new ImportLimitExceeded(
      "columns",
      `The header has ${header.length} columns, more than the limit of ${IMPORT_LIMITS.columns}.`,
    );
  }
  const missing = requiredColumns.filter((column) => !header.includes(column));
  if (missing.length === 0) return;
  const noun = missing.length > 1 ? "columns" : "column";
  throw new AppError("BAD_USER_INPUT", `The file's header lacks the ${noun} ${missing.join(", ")}`);
}
