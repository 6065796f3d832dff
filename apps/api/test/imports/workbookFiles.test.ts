import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { METRICS } from "./buildImportWorld.ts";
import { tableFingerprint } from "./tableFingerprint.ts";
import { uploadFile, XLSX_TYPE } from "./uploadFile.ts";
import { useImportServer } from "./useImportServer.ts";

const { server, world, editor } = useImportServer();

/** A workbook as force BI might export it: a cover sheet first, dates typed by Excel, a formula. */
async function buildWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Cover").addRow(["Monthly performance extract"]);
  const sheet = workbook.addWorksheet("Observations");
  sheet.addRow(["Metric", "Area", "Breakdown", "Period_Start", "Period_End", "Value", "Lower", "Upper"]);
  sheet.addRow([METRICS.abandonment.id, "force", null, null, "2023-04", 6.9]);
  sheet.addRow([METRICS.intelligence.id, "county", null, null, new Date(Date.UTC(2023, 3, 1)), 1402]);
  sheet.addRow([]);
  sheet.addRow([
    METRICS.thrive.id,
    "force",
    "Vulnerability",
    null,
    "2023-04",
    { formula: "40+3", result: 43 },
    38,
    48,
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("an .xlsx workbook", () => {
  it("is read from its Observations sheet with Excel's dates and formula results, and committed", async () => {
    const file = await buildWorkbook();
    const dry = await uploadFile(server.url, "observations", file, {
      cookie: editor.cookie,
      dryRun: true,
      type: XLSX_TYPE,
    });
    expect(dry.status).toBe(200);
    // Row numbers as Excel shows them: the blank row 4 is skipped, the THRIVE row is row 5.
    expect(dry.body.rows.map((row) => [row.line, row.action, row.periodEnd, row.value])).toEqual([
      [2, "ADD", "2023-04", 6.9],
      [3, "ADD", "2023-04", 1402],
      [5, "ADD", "2023-04", 43],
    ]);
    const commit = await uploadFile(server.url, "observations", file, {
      cookie: editor.cookie,
      dryRun: false,
      type: XLSX_TYPE,
      fileName: "bi-extract.xlsx",
    });
    expect(commit.status).toBe(201);
    const thrive = await server.db.prisma.observation.findFirstOrThrow({
      where: { metricId: METRICS.thrive.id },
    });
    expect(thrive).toMatchObject({
      breakdown: "Vulnerability",
      value: 43,
      lower: 38,
      upper: 48,
      areaId: world.areaIds.force,
    });
  });

  it("that is not really a workbook is refused with a reason", async () => {
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from("not a zip")]);
    const result = await uploadFile(server.url, "observations", broken, {
      cookie: editor.cookie,
      dryRun: true,
      type: XLSX_TYPE,
    });
    expect(result.status).toBe(400);
    expect(result.body.error?.message).toMatch(/^The file could not be read as an .xlsx workbook/);
  });
});

describe("benchmark import", () => {
  const good = () => readFileSync(new URL("./fixtures/good-benchmarks.csv", import.meta.url));

  it("dry-runs and commits a good file", async () => {
    const dry = await uploadFile(server.url, "benchmarks", good(), { cookie: editor.cookie, dryRun: true });
    expect(dry.body).toMatchObject({ kind: "BENCHMARKS", rowCount: 3, added: 3, rejected: 0 });
    const commit = await uploadFile(server.url, "benchmarks", good(), {
      cookie: editor.cookie,
      dryRun: false,
    });
    expect(commit.status).toBe(201);
    const stored = await server.db.prisma.benchmark.findMany({
      where: { metricId: { startsWith: "imp-" } },
      orderBy: [{ metricId: "asc" }, { comparatorId: "asc" }],
    });
    // fixtures/good-benchmarks.csv: crimes per 1,000 58.61 (home force) and 72.20 (MSG average), 12 months to Mar-23.
    expect(
      stored.map((b) => [b.metricId, b.comparatorId, b.periodStart.toISOString().slice(0, 7), b.value]),
    ).toEqual([
      [METRICS.crimeRate.id, world.comparatorIds["imp-home"], "2022-04", 58.61],
      [METRICS.crimeRate.id, world.comparatorIds["imp-msg-average"], "2022-04", 72.2],
      [METRICS.thrive.id, world.comparatorIds["imp-msg-average"], "2023-03", 44],
    ]);
    expect(stored[0]!.note).toBe("lowest force nationally");
    const again = await uploadFile(server.url, "benchmarks", good(), { cookie: editor.cookie, dryRun: true });
    expect(again.body).toMatchObject({ added: 0, changed: 0, unchanged: 3 });
  });

  it("rejects an unknown comparator and writes nothing on commit", async () => {
    const before = await tableFingerprint(server.db, "Benchmark");
    const csv = `metric,comparator,period_start,period_end,value,lower,upper,note
${METRICS.crimeRate.id},imp-msg-average,,2023-04,70.1,,,
${METRICS.crimeRate.id},nowhere-police,,2023-04,61,,,
`;
    const result = await uploadFile(server.url, "benchmarks", csv, { cookie: editor.cookie, dryRun: false });
    expect(result.status).toBe(422);
    expect(result.body.rows[0]).toMatchObject({
      line: 3,
      action: "REJECT",
      reasons: ['unknown comparator "nowhere-police"'],
    });
    expect(await tableFingerprint(server.db, "Benchmark")).toEqual(before);
  });
});
