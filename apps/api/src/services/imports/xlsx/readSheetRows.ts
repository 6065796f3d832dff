import { ImportLimitExceeded } from "../ImportLimitExceeded.ts";
import { IMPORT_LIMITS } from "../importLimits.ts";
import type { XlsxArchive } from "./openXlsxArchive.ts";
import { parseXmlStream } from "./parseXmlStream.ts";
import type { CellFormat } from "./readCellFormats.ts";
import { sheetCellText } from "./sheetCellText.ts";

/** One non-empty cell as read: its column (A = 1), its reference (`F5`) and its text. */
export interface SheetCell {
  column: number;
  ref: string;
  text: string;
  /** The formula of a cell saved without its result (a workbook written by a program that never calculated). */
  uncalculatedFormula: string | null;
}

export interface SheetContext {
  sharedStrings: readonly string[];
  formats: readonly CellFormat[];
  isDate1904: boolean;
}

interface OpenCell {
  column: number;
  ref: string;
  type: string;
  style: number;
  formula: string | null;
  value: string | null;
}

/**
 * Streams a sheet's rows to `visitRow` as its XML inflates: no more than one row is held at a time.
 * Counts non-empty cells against IMPORT_LIMITS.cells and each cell's length against cellChars.
 */
export async function readSheetRows(
  archive: XlsxArchive,
  path: string,
  context: SheetContext,
  visitRow: (rowNumber: number, cells: SheetCell[]) => void,
): Promise<void> {
  let rowNumber = 0;
  let cells: SheetCell[] = [];
  let cell: OpenCell | null = null;
  let capture: "formula" | "value" | null = null;
  let cellCount = 0;
  await parseXmlStream(path, archive.readText(path), {
    open(name, attributes) {
      if (name === "row") {
        rowNumber = attributes.r ? Number(attributes.r) : rowNumber + 1;
        cells = [];
      } else if (name === "c") {
        const previous = cells.at(-1)?.column ?? 0;
        const column = attributes.r ? columnOf(attributes.r) : previous + 1;
        const ref = attributes.r ?? `${columnLetters(column)}${rowNumber}`;
        cell = {
          column,
          ref,
          type: attributes.t ?? "n",
          style: Number(attributes.s ?? 0),
          formula: null,
          value: null,
        };
      } else if (cell && name === "f") {
        capture = "formula";
        cell.formula = "";
      } else if (cell && (name === "v" || name === "t")) {
        capture = "value";
        cell.value ??= "";
      }
    },
    text(text) {
      if (!cell || !capture) return;
      if (capture === "formula") cell.formula += text;
      else cell.value += text;
      if ((cell.value?.length ?? 0) > IMPORT_LIMITS.cellChars) throw tooLong(cell.ref);
    },
    close(name) {
      if (name === "f" || name === "v" || name === "t") capture = null;
      else if (name === "c" && cell) {
        const read = finishCell(cell, context);
        cell = null;
        if (!read) return;
        if (++cellCount > IMPORT_LIMITS.cells) {
          throw new ImportLimitExceeded(
            "cells",
            `The sheet holds more than the limit of ${IMPORT_LIMITS.cells.toLocaleString("en-GB")} cells.`,
          );
        }
        cells.push(read);
      } else if (name === "row") visitRow(rowNumber, cells);
    },
  });
}

function finishCell(cell: OpenCell, context: SheetContext): SheetCell | null {
  if (cell.value === null) {
    // An empty formula element is a shared formula's follower; with no value it was never calculated.
    if (cell.formula === null) return null;
    return { column: cell.column, ref: cell.ref, text: "", uncalculatedFormula: cell.formula };
  }
  const text = sheetCellText(cell.type, cell.value, context.formats[cell.style] ?? "NUMBER", context);
  if (text.length > IMPORT_LIMITS.cellChars) throw tooLong(cell.ref);
  if (text === "") return null;
  return { column: cell.column, ref: cell.ref, text, uncalculatedFormula: null };
}

function tooLong(ref: string): ImportLimitExceeded {
  return new ImportLimitExceeded(
    "cellChars",
    `Cell ${ref} is longer than the limit of ${IMPORT_LIMITS.cellChars.toLocaleString("en-GB")} characters.`,
  );
}

// "AB12" → 28.
function columnOf(ref: string): number {
  let column = 0;
  for (const char of ref) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column;
}

function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
