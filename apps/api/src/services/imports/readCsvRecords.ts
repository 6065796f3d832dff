import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { AppError } from "../../errors.ts";
import type { SourceRecord } from "./importTypes.ts";

/**
 * Streams the data rows of a CSV file to `visit`, each with the line it ends on (header =
 * line 1), so a reject names the line a person sees in a text editor. Headers are matched
 * case-blind. Rows are handed on one at a time and not kept, which keeps a 100,000-row file
 * from filling the heap (and the garbage collector's time) with raw cells.
 */
export async function readCsvRecords(
  file: Buffer,
  visit: (record: SourceRecord, header: string[]) => void,
): Promise<string[]> {
  let header: string[] = [];
  const parser = Readable.from([file]).pipe(
    parse({
      bom: true,
      columns: (names: string[]) => {
        header = names.map((name) => name.trim().toLowerCase());
        return header;
      },
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
    }),
  );
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      visit({ line: info.lines, cells: record }, header);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new AppError("BAD_USER_INPUT", `The file could not be read as CSV: ${message}`);
  }
  return header;
}
