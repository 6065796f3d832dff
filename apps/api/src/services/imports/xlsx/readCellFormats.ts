import type { XlsxArchive } from "./openXlsxArchive.ts";
import { parseXmlStream } from "./parseXmlStream.ts";

/** How a number cell is shown, which decides how it is read: a date, a time or duration, or a number. */
export type CellFormat = "DATE" | "TIME" | "NUMBER";

// Excel's built-in number formats that show dates (14–17: m/d/yy … mmm-yy; 22: m/d/yy h:mm) and times (18–21, 45–47).
const BUILT_IN: Record<number, CellFormat> = {
  14: "DATE",
  15: "DATE",
  16: "DATE",
  17: "DATE",
  22: "DATE",
  18: "TIME",
  19: "TIME",
  20: "TIME",
  21: "TIME",
  45: "TIME",
  46: "TIME",
  47: "TIME",
};

/** The format of each cell style (a cell's `s` attribute indexes this list). */
export async function readCellFormats(archive: XlsxArchive, path: string): Promise<CellFormat[]> {
  const customFormats = new Map<number, CellFormat>();
  const formats: CellFormat[] = [];
  let isInCellStyles = false;
  await parseXmlStream(path, archive.readText(path), {
    open(name, attributes) {
      const formatId = Number(attributes.numFmtId);
      if (name === "numFmt") customFormats.set(formatId, classifyFormatCode(attributes.formatCode ?? ""));
      else if (name === "cellXfs") isInCellStyles = true;
      else if (name === "xf" && isInCellStyles) {
        formats.push(customFormats.get(formatId) ?? BUILT_IN[formatId] ?? "NUMBER");
      }
    },
    close(name) {
      if (name === "cellXfs") isInCellStyles = false;
    },
  });
  return formats;
}

// Quoted text, [colours]/[h] and escaped characters are not format letters; a "m" without h or s is a month.
function classifyFormatCode(code: string): CellFormat {
  const letters = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, "");
  if (/[yd]/i.test(letters)) return "DATE";
  if (/[hs]/i.test(letters)) return "TIME";
  if (/m/i.test(letters)) return "DATE";
  return "NUMBER";
}
