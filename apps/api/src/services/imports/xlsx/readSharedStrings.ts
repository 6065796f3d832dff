import { ImportLimitExceeded } from "../ImportLimitExceeded.ts";
import { IMPORT_LIMITS } from "../importLimits.ts";
import type { XlsxArchive } from "./openXlsxArchive.ts";
import { parseXmlStream } from "./parseXmlStream.ts";

/**
 * The workbook's distinct strings, which cells refer to by index. Held in memory while the sheet
 * is read, so their number and total length are limited. Phonetic guides (<rPh>) are not text.
 */
export async function readSharedStrings(archive: XlsxArchive, path: string): Promise<string[]> {
  const strings: string[] = [];
  let totalChars = 0;
  let current: string | null = null;
  let isInText = false;
  let isInPhonetic = false;
  await parseXmlStream(path, archive.readText(path), {
    open(name) {
      if (name === "si") current = "";
      else if (name === "rPh") isInPhonetic = true;
      else if (name === "t") isInText = !isInPhonetic;
    },
    text(text) {
      if (current === null || !isInText) return;
      current += text;
      if (current.length > IMPORT_LIMITS.cellChars) {
        throw new ImportLimitExceeded(
          "cellChars",
          `A text in the workbook is longer than the limit of ${IMPORT_LIMITS.cellChars.toLocaleString("en-GB")} characters.`,
        );
      }
    },
    close(name) {
      if (name === "t") isInText = false;
      else if (name === "rPh") isInPhonetic = false;
      else if (name === "si" && current !== null) {
        totalChars += current.length;
        if (strings.length >= IMPORT_LIMITS.cells || totalChars > IMPORT_LIMITS.sharedStringChars) {
          throw new ImportLimitExceeded(
            "sharedStringChars",
            `The workbook's texts together pass the limit of ${IMPORT_LIMITS.sharedStringChars.toLocaleString("en-GB")} characters.`,
          );
        }
        strings.push(current);
        current = null;
      }
    },
  });
  return strings;
}
