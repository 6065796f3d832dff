import { buildZip, honestPart, repeatedPart, type ZipPart } from "./buildZip.ts";

const MB = 1_000_000;

const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>`;

function workbookXml(sheetCount = 1): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<sheet name="Sheet${i + 1}" sheetId="${i + 1}" r:id="rId1"/>`,
  ).join("");
  return `<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets}</sheets></workbook>`;
}

const HEADER_ROW = `<row r="1"><c r="A1" t="inlineStr"><is><t>metric</t></is></c><c r="B1" t="inlineStr"><is><t>area</t></is></c><c r="C1" t="inlineStr"><is><t>period_end</t></is></c><c r="D1" t="inlineStr"><is><t>value</t></is></c></row>`;
const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${HEADER_ROW}`;
const SHEET_TAIL = "</sheetData></worksheet>";

function workbook(sheet: ZipPart, extra: ZipPart[] = [], sheetCount = 1): Buffer {
  return buildZip([
    honestPart("xl/workbook.xml", workbookXml(sheetCount)),
    honestPart("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
    sheet,
    ...extra,
  ]);
}

function sheetOf(unit: string, times: number, declaredSize?: number): ZipPart {
  return repeatedPart("xl/worksheets/sheet1.xml", {
    head: SHEET_HEAD,
    unit,
    times,
    tail: SHEET_TAIL,
    declaredSize,
  });
}

/** Each upload bomb, named by the limit it should meet. */
export function xlsxBombs(): { name: string; file: Buffer; limit: string }[] {
  // 1 MB of empty rows: valid XML that passes every check but the inflated size.
  const emptyRows = '<row r="2"/>'.repeat(MB / 12);
  return [
    // Declares its true 1 GB: refused before anything is inflated.
    { name: "1 GB sheet, sizes declared", file: workbook(sheetOf(emptyRows, 1000)), limit: "inflatedBytes" },
    // Declares 10 kB but inflates to 1 GB: refused as soon as it inflates past what it declared.
    {
      name: "1 GB sheet declaring 10 kB",
      file: workbook(sheetOf(emptyRows, 1000, 10_000)),
      limit: "bad-zip",
    },
    {
      name: "a 60 MB cell",
      file: workbook(
        repeatedPart("xl/worksheets/sheet1.xml", {
          head: `${SHEET_HEAD}<row r="2"><c r="A2" t="inlineStr"><is><t>`,
          unit: "A".repeat(MB),
          times: 60,
          tail: `</t></is></c></row>${SHEET_TAIL}`,
        }),
      ),
      limit: "cellChars",
    },
    {
      name: "2.1 million cells",
      file: workbook(sheetOf(`<row>${"<c><v>1</v></c>".repeat(100_000)}</row>`, 21)),
      limit: "cells",
    },
    {
      name: "150,001 rows",
      file: workbook(sheetOf('<row><c t="inlineStr"><is><t>m</t></is></c></row>', 150_001)),
      limit: "rows",
    },
    {
      name: "30 million characters of shared strings",
      file: workbook(sheetOf("", 0), [
        repeatedPart("xl/sharedStrings.xml", {
          head: '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
          unit: `<si><t>${"S".repeat(30_000)}</t></si>`,
          times: 1000,
          tail: "</sst>",
        }),
      ]),
      limit: "sharedStringChars",
    },
    { name: "60 sheets", file: workbook(sheetOf("", 0), [], 60), limit: "sheets" },
    {
      name: "1,200 zip entries",
      file: buildZip(Array.from({ length: 1200 }, (_, i) => honestPart(`xl/media/image${i}.bin`, "x"))),
      limit: "zipEntries",
    },
  ];
}
