import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { AppError } from "../../errors.ts";
import type { SourceFile, SourceRecord } from "./importTypes.ts";

/**
 * Streams the data rows of a CSV file with the line each ends on (header = line 1), so a
 * reject can name the line a person sees in a text editor. Headers are matched case-blind.
 */
export async function readCsvRecords(file: Buffer): Promise<SourceFile> {
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
  const records: SourceRecord[] = [];
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      records.push({ line: info.lines, cells: record });
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new AppError("BAD_USER_INPUT", `The file could not be read as CSV: ${message}`);
  }
  return { header, records };
}
