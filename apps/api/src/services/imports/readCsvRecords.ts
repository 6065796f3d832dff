import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { AppError } from "../../errors.ts";
import { ImportLimitExceeded } from "./ImportLimitExceeded.ts";
import { IMPORT_LIMITS } from "./importLimits.ts";
import type { SourceRecord } from "./importTypes.ts";

// Fed to the parser in slices, so it parses no further ahead than the rows being checked, and
// the event loop is let go between slices: a 150,000-row file held every other request (and
// /healthz) for seconds when parsed in one go.
const SLICE_BYTES = 64 * 1024;
// One line may hold every column at its longest; the parser refuses a longer one before buffering it.
const MAX_LINE_CHARS = 1_000_000;

/**
 * Streams the data rows of a CSV file to `visit`, each with the line it starts on (header =
 * line 1), so a reject names the line a person sees in a text editor. Headers are matched
 * case-blind; blank lines and rows of empty cells are passed over but still counted.
 *
 * Lines are counted here rather than with csv-parse's `info` option, which copies an info
 * object for every record and doubled the parse time of a 100,000-row file (measured here).
 * The count stays right for quoted cells that span lines, because it adds the line breaks
 * inside each record's cells. Cells are counted against IMPORT_LIMITS as they are read.
 */
export async function readCsvRecords(
  file: Buffer,
  visit: (record: SourceRecord, header: string[]) => void,
): Promise<string[]> {
  const parser = Readable.from(slicesOf(file)).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: false, max_record_size: MAX_LINE_CHARS }),
  );
  let header: string[] | null = null;
  let lastLine = 0;
  let cellCount = 0;
  try {
    for await (const fields of parser as AsyncIterable<string[]>) {
      const line = lastLine + 1;
      lastLine = line + countLineBreaks(fields);
      cellCount += checkCells(fields, line);
      if (cellCount > IMPORT_LIMITS.cells) {
        throw new ImportLimitExceeded(
          "cells",
          `The file holds more than the limit of ${IMPORT_LIMITS.cells.toLocaleString("en-GB")} cells.`,
        );
      }
      if (header === null) {
        header = fields.map((name) => name.trim().toLowerCase());
        continue;
      }
      if (isBlank(fields)) continue;
      visit({ line, cells: toCells(header, fields) }, header);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { code?: string }).code === "CSV_MAX_RECORD_SIZE") {
      throw new ImportLimitExceeded(
        "cellChars",
        `Line ${lastLine + 1} is longer than the limit of ${MAX_LINE_CHARS.toLocaleString("en-GB")} characters.`,
      );
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new AppError("BAD_USER_INPUT", `The file could not be read as CSV: ${message}`);
  } finally {
    parser.destroy();
  }
  return header ?? [];
}

async function* slicesOf(file: Buffer): AsyncGenerator<Buffer> {
  for (let start = 0; start < file.length; start += SLICE_BYTES) {
    if (start > 0) await new Promise((resolve) => setImmediate(resolve));
    yield file.subarray(start, start + SLICE_BYTES);
  }
}

// The number of non-empty cells; a cell past Excel's length limit refuses the file.
function checkCells(fields: string[], line: number): number {
  let count = 0;
  for (const field of fields) {
    if (field === "") continue;
    count++;
    if (field.length > IMPORT_LIMITS.cellChars) {
      throw new ImportLimitExceeded(
        "cellChars",
        `A cell on line ${line} is longer than the limit of ${IMPORT_LIMITS.cellChars.toLocaleString("en-GB")} characters.`,
      );
    }
  }
  return count;
}

function toCells(header: string[], fields: string[]): Record<string, string> {
  const cells: Record<string, string> = {};
  for (let i = 0; i < header.length; i++) cells[header[i]!] = fields[i] ?? "";
  return cells;
}

function isBlank(fields: string[]): boolean {
  for (const field of fields) if (field.trim() !== "") return false;
  return true;
}

// "\r\n" counts once; a lone "\r" or "\n" once each.
function countLineBreaks(fields: string[]): number {
  let breaks = 0;
  for (const field of fields) {
    if (field.indexOf("\n") === -1 && field.indexOf("\r") === -1) continue;
    breaks += field.match(/\r\n|\r|\n/g)?.length ?? 0;
  }
  return breaks;
}
