/**
 * How much one uploaded file may hold. Each is checked while the file is read, so a file over a
 * limit is refused before it costs more than the limit. Sized well above the largest real load (a
 * 100,000-row CSV is about 6 MB; the same rows as .xlsx inflate to about 40 MB of sheet XML) and
 * far below what would threaten the process: two imports at once (importQueue) stay within a few
 * hundred megabytes whatever they hold.
 */
export const IMPORT_LIMITS = {
  /** The file as uploaded (CSV, or the .xlsx zip). */
  fileBytes: 20_000_000,
  /** The .xlsx parts read (workbook, styles, shared strings, one sheet), once unzipped. */
  inflatedBytes: 100_000_000,
  /** Parts in the .xlsx zip: a workbook of many sheets has a few per sheet. */
  zipEntries: 1_000,
  sheets: 50,
  /** Data rows, blank rows not counted. */
  rows: 150_000,
  /** Named columns in the header row. */
  columns: 100,
  /** Non-empty cells read, header included. */
  cells: 2_000_000,
  /** Characters in one cell: Excel's own limit. */
  cellChars: 32_767,
  /** Characters of all the workbook's distinct strings together (they are held while the sheet is read). */
  sharedStringChars: 10_000_000,
} as const;

export type ImportLimitName = keyof typeof IMPORT_LIMITS;
