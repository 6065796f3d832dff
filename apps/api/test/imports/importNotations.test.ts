import { describe, expect, it } from "vitest";
import { METRICS } from "./buildImportWorld.ts";
import { tableFingerprint } from "./tableFingerprint.ts";
import { uploadFile } from "./uploadFile.ts";
import { useImportServer } from "./useImportServer.ts";

const HEADER = "metric,area,breakdown,period_start,period_end,value,lower,upper,numerator,denominator,note";
const row = (metric: string, periodEnd: string, value: string, lower = "", upper = "") =>
  `${metric},force,,,${periodEnd},"${value}",${lower},${upper},,,`;
const csv = (...rows: string[]) => [HEADER, ...rows].join("\n");

// Times and months written as the app displays them and as the March – May 23 report prints them.
const answerTime = METRICS.answerTime.id;
const GOOD = csv(
  row(answerTime, "Jan-23", "9:45"),
  row(answerTime, "Feb 23", "1:54:53"),
  row(answerTime, "March 2023", "11m 41s"),
  row(answerTime, "Apr-23", "12:26", "11:00", "14m 0s"),
  row(answerTime, "2023-05", "48"),
  row(METRICS.abandonment.id, "Apr-23", "7.5"),
);

const { server, editor } = useImportServer();

describe("import notations: durations and months as the app and the report write them", () => {
  it("dry run reads m:ss, h:mm:ss and '11m 41s' as seconds and 'Apr-23' as 2023-04", async () => {
    const { status, body } = await uploadFile(server.url, "observations", GOOD, {
      cookie: editor.cookie,
      dryRun: true,
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ rowCount: 6, added: 6, rejected: 0 });
    expect(body.rows.map((r) => [r.line, r.periodEnd, r.value])).toEqual([
      [2, "2023-01", 585],
      [3, "2023-02", 6893],
      [4, "2023-03", 701],
      [5, "2023-04", 746],
      [6, "2023-05", 48],
      [7, "2023-04", 7.5],
    ]);
  });

  it("commit stores the seconds and months, intervals included", async () => {
    const { status } = await uploadFile(server.url, "observations", GOOD, {
      cookie: editor.cookie,
      dryRun: false,
    });
    expect(status).toBe(201);
    const stored = await server.db.prisma.observation.findMany({
      where: { metricId: answerTime },
      orderBy: { periodEnd: "asc" },
      select: { periodStart: true, periodEnd: true, value: true, lower: true, upper: true },
    });
    expect(
      stored.map((o) => [
        o.periodStart.toISOString().slice(0, 7),
        o.periodEnd.toISOString().slice(0, 7),
        Number(o.value),
        o.lower === null ? null : Number(o.lower),
        o.upper === null ? null : Number(o.upper),
      ]),
    ).toEqual([
      ["2023-01", "2023-01", 585, null, null],
      ["2023-02", "2023-02", 6893, null, null],
      ["2023-03", "2023-03", 701, null, null],
      ["2023-04", "2023-04", 746, 660, 840],
      ["2023-05", "2023-05", 48, null, null],
    ]);
  });

  it("the same figures written as seconds and YYYY-MM are UNCHANGED", async () => {
    const same = csv(
      row(answerTime, "2023-01", "585"),
      row(answerTime, "2023-02", "6893"),
      row(answerTime, "2023-04", "746", "660", "840"),
    );
    const { body } = await uploadFile(server.url, "observations", same, {
      cookie: editor.cookie,
      dryRun: true,
    });
    expect(body).toMatchObject({ unchanged: 3, added: 0, changed: 0, rejected: 0 });
  });

  it("refuses a duration that is not one, a duration for a percentage, and a month it cannot read", async () => {
    const bad = csv(
      row(answerTime, "2023-03", "9:75"),
      row(METRICS.abandonment.id, "2023-03", "9:45"),
      row(answerTime, "Apx-23", "9:45"),
      row(answerTime, "2022-03", "-0:30"),
    );
    const before = await tableFingerprint(server.db, "Observation");
    const { status, body } = await uploadFile(server.url, "observations", bad, {
      cookie: editor.cookie,
      dryRun: false,
    });
    expect(status).toBe(422);
    expect(body.rows.map((r) => [r.line, r.reasons])).toEqual([
      [2, ['value "9:75" is neither seconds nor a duration written m:ss, h:mm:ss or 11m 41s']],
      [3, ['non-numeric value "9:45": a duration, but this metric is measured in percent']],
      [4, ['period_end "Apx-23" is not a month written YYYY-MM or Mon-YY (e.g. 2023-04 or Apr-23)']],
      [5, ['value "-0:30" is neither seconds nor a duration written m:ss, h:mm:ss or 11m 41s']],
    ]);
    expect(await tableFingerprint(server.db, "Observation")).toEqual(before);
  });
});
