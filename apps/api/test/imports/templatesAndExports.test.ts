import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { METRICS } from "./buildImportWorld.ts";
import { useImportServer } from "./useImportServer.ts";

const { server, world } = useImportServer();
beforeAll(async () => {
  const p = server.db.prisma;
  const month = (text: string) => new Date(`${text}-01`);
  await p.observation.createMany({
    data: [
      {
        metricId: METRICS.abandonment.id,
        areaId: world.areaIds.force,
        periodStart: month("2023-02"),
        periodEnd: month("2023-02"),
        value: 8.1,
        sourceRelease: "Quarterly PCC Highlight Report, March – May 23",
      },
      {
        metricId: METRICS.abandonment.id,
        areaId: world.areaIds.force,
        periodStart: month("2023-03"),
        periodEnd: month("2023-03"),
        value: 7.5,
        note: '=HYPERLINK("x")',
        sourceRelease: "Quarterly PCC Highlight Report, March – May 23",
      },
      {
        metricId: METRICS.intelligence.id,
        areaId: world.areaIds.county,
        periodStart: month("2023-03"),
        periodEnd: month("2023-03"),
        value: 1435,
        sourceRelease: "Quarterly PCC Highlight Report, March – May 23",
        illustrative: true,
      },
    ],
  });
  await p.benchmark.create({
    data: {
      metricId: METRICS.crimeRate.id,
      comparatorId: world.comparatorIds["imp-msg-average"],
      periodStart: month("2022-04"),
      periodEnd: month("2023-03"),
      value: 72.2,
      rank: 1,
      rankOutOf: 43,
      source: "iQuanta",
    },
  });
});

const get = (path: string) => fetch(`${server.url}${path}`);
const csvLines = async (response: Response) =>
  (await response.text())
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");

describe("import templates", () => {
  it("lists each metric of the scorecard in report order, dated the month after the latest loaded", async () => {
    const response = await get(`/api/imports/template?scorecard=${world.scorecardId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toContain(
      `scorecard-${world.scorecardId}-observations-template.csv`,
    );
    const now = new Date();
    const previous = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))
      .toISOString()
      .slice(0, 7);
    // Abandonment's latest force-wide month is 2023-03 → 2023-04; the others have none → last month.
    // Intelligence has only a County observation, so it too has no force-wide month yet.
    expect(await csvLines(response)).toEqual([
      "metric,area,breakdown,period_start,period_end,value,lower,upper,numerator,denominator,note",
      `${METRICS.abandonment.id},force,,2023-04,2023-04,,,,,,`,
      `${METRICS.answerTime.id},force,,${previous},${previous},,,,,,`,
      `${METRICS.thrive.id},force,,${previous},${previous},,,,,,`,
      `${METRICS.intelligence.id},force,,${previous},${previous},,,,,,`,
      `${METRICS.crimeRate.id},force,,${previous},${previous},,,,,,`,
    ]);
  });

  it("for benchmarks, repeats each comparator already benchmarked", async () => {
    const lines = await csvLines(
      await get(`/api/imports/template?scorecard=${world.scorecardId}&kind=benchmarks`),
    );
    expect(lines[0]).toBe("metric,comparator,period_start,period_end,value,lower,upper,note");
    expect(lines).toContain(`${METRICS.crimeRate.id},imp-msg-average,2023-04,2023-04,,,,`);
    expect(lines).toHaveLength(1 + 5);
  });

  it("answers 404 for a scorecard that does not exist and 400 without one", async () => {
    expect((await get("/api/imports/template?scorecard=999999")).status).toBe(404);
    expect((await get("/api/imports/template")).status).toBe(400);
  });
});

describe("exports", () => {
  it("a metric as CSV: import columns first, then source and illustrative, formulas defused", async () => {
    const response = await get(`/api/exports/metric/${METRICS.abandonment.id}.csv`);
    expect(response.status).toBe(200);
    expect(await csvLines(response)).toEqual([
      "metric,area,breakdown,period_start,period_end,value,lower,upper,numerator,denominator,note,metric_name,unit,source,illustrative",
      `${METRICS.abandonment.id},force,,2023-02,2023-02,8.1,,,,,,101 abandonment rate,PERCENT,"Quarterly PCC Highlight Report, March – May 23",false`,
      `${METRICS.abandonment.id},force,,2023-03,2023-03,7.5,,,,,"'=HYPERLINK(""x"")",101 abandonment rate,PERCENT,"Quarterly PCC Highlight Report, March – May 23",false`,
    ]);
  });

  it("a section as .xlsx: Observations and Benchmarks sheets of its metrics", async () => {
    const response = await get(`/api/exports/section/${world.sectionIds[1]}.xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("section-thrive-intelligence.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Observations", "Benchmarks"]);
    const observations = workbook.getWorksheet("Observations")!;
    expect(observations.rowCount).toBe(2);
    expect(observations.getRow(2).values).toEqual([
      undefined,
      METRICS.intelligence.id,
      "county",
      "",
      "2023-03",
      "2023-03",
      1435,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      "Intelligence reports",
      "COUNT",
      "Quarterly PCC Highlight Report, March – May 23",
      true,
    ]);
    const benchmarks = workbook.getWorksheet("Benchmarks")!;
    expect(benchmarks.getRow(2).getCell(2).value).toBe("imp-msg-average");
    expect(benchmarks.getRow(2).getCell(5).value).toBe(72.2);
    expect(benchmarks.getRow(2).getCell(10).value).toBe(1);
  });

  it("an export can be loaded back unchanged", async () => {
    const exported = await (await get(`/api/exports/section/${world.sectionIds[1]}.csv`)).text();
    const editor = await server.signInAs("EDITOR");
    const response = await fetch(`${server.url}/api/imports/observations?dryRun=true`, {
      method: "POST",
      headers: { "content-type": "text/csv", cookie: editor },
      body: exported,
    });
    expect(await response.json()).toMatchObject({ rowCount: 1, unchanged: 1, rejected: 0 });
  });

  it("is open to anonymous readers, and 404 for what does not exist", async () => {
    expect((await get(`/api/exports/metric/${METRICS.crimeRate.id}.csv?kind=benchmarks`)).status).toBe(200);
    expect((await get("/api/exports/metric/no-such-metric.xlsx")).status).toBe(404);
    expect((await get("/api/exports/section/999999.csv")).status).toBe(404);
    expect((await get(`/api/exports/metric/${METRICS.crimeRate.id}.pdf`)).status).toBe(404);
  });
});
