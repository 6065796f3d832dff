import { ImportLimitExceeded } from "../ImportLimitExceeded.ts";
import { IMPORT_LIMITS } from "../importLimits.ts";
import type { XlsxArchive } from "./openXlsxArchive.ts";
import { parseXmlStream } from "./parseXmlStream.ts";

export interface WorkbookIndex {
  /** Sheets in the workbook's order, each with the zip path of its XML. */
  sheets: { name: string; path: string }[];
  /** Absent when the workbook keeps no shared strings (every text inline) or no styles. */
  sharedStringsPath: string | null;
  stylesPath: string | null;
  /** Dates counted from 1904 (old Mac workbooks) rather than 1900. */
  isDate1904: boolean;
}

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";

/** Reads the workbook's list of sheets and where its shared strings and styles are kept. */
export async function readWorkbookIndex(archive: XlsxArchive): Promise<WorkbookIndex> {
  const targets = new Map<string, { type: string; path: string }>();
  await parseXmlStream(WORKBOOK_RELS, archive.readText(WORKBOOK_RELS), {
    open(name, attributes) {
      if (name !== "Relationship" || !attributes.Id || !attributes.Target) return;
      targets.set(attributes.Id, { type: attributes.Type ?? "", path: partPath(attributes.Target) });
    },
  });
  const sheets: WorkbookIndex["sheets"] = [];
  let isDate1904 = false;
  await parseXmlStream(WORKBOOK, archive.readText(WORKBOOK), {
    open(name, attributes) {
      if (name === "workbookPr") isDate1904 = attributes.date1904 === "1" || attributes.date1904 === "true";
      if (name !== "sheet") return;
      if (sheets.length === IMPORT_LIMITS.sheets) {
        throw new ImportLimitExceeded(
          "sheets",
          `The workbook has more than the limit of ${IMPORT_LIMITS.sheets} sheets.`,
        );
      }
      const target = targets.get(attributes["r:id"] ?? "");
      if (target) sheets.push({ name: attributes.name ?? "", path: target.path });
    },
  });
  // A part the relationships name but the zip lacks is treated as absent, as Excel does.
  const pathOfType = (suffix: string) => {
    const path = [...targets.values()].find((target) => target.type.endsWith(suffix))?.path;
    return path && archive.has(path) ? path : null;
  };
  return {
    sheets,
    sharedStringsPath: pathOfType("/sharedStrings"),
    stylesPath: pathOfType("/styles"),
    isDate1904,
  };
}

// Targets are relative to xl/ ("worksheets/sheet1.xml") or absolute in the zip ("/xl/worksheets/sheet1.xml").
function partPath(target: string): string {
  return target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
}
