import { AppError } from "../../errors.ts";
import type { SourceRecord } from "./importTypes.ts";
import { readCsvRecords } from "./readCsvRecords.ts";
import { readXlsxRecords } from "./readXlsxRecords.ts";

// An .xlsx file is a zip archive: it starts "PK\x03\x04" whatever the browser calls it.
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Reads an uploaded file as CSV or .xlsx (decided by its content, not its name) and checks
 * the header has the columns the kind cannot do without.
 */
export async function readImportRecords(
  file: Buffer,
  sheetName: string,
  requiredColumns: readonly string[],
): Promise<SourceRecord[]> {
  if (file.length === 0) throw new AppError("BAD_USER_INPUT", "The file is empty");
  const isXlsx = file.subarray(0, 4).equals(ZIP_SIGNATURE);
  const { header, records } = isXlsx ? await readXlsxRecords(file, sheetName) : await readCsvRecords(file);
  const missing = requiredColumns.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw new AppError(
      "BAD_USER_INPUT",
      `The file's header lacks the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`,
    );
  }
  if (records.length === 0) throw new AppError("BAD_USER_INPUT", "The file has a header but no data rows");
  return records;
}
