import { describe, expect, it } from "vitest";
import { builderSql } from "../builders/builderSql.ts";
import { buildMetric, buildQuarter, monthlySeries } from "../builders/index.ts";
import { useCatalogueServer } from "./useCatalogueServer.ts";

// A quarter published before a definition changed still shows the definition it was published
// with; a draft, and a read with no quarter named, show today's. SPC follows each metric's settings.
const { server, admin, as } = useCatalogueServer();

// Twelve months alternating either side of 110, then eight months just above the overall mean
// (112.6): a run of exactly 8 on one side of the centre line, no trend (the eight zig-zag), nothing
// near the limits (112.6 ± 2.66 × 12.79). A shift needs runLength points in a row: 7 and 8 see one here, 9 does not.
const RUN_OF_EIGHT = [
  120, 100, 120, 100, 120, 100, 120, 100, 120, 100, 120, 100, 116, 117, 116, 117, 116, 117, 116, 117,
];

const UPDATE = `mutation U($id: ID!, $input: MetricDefinitionInput!, $v: Int!) {
  updateMetric(id: $id, input: $input, expectedVersion: $v) { metric { version } errors { field message } } }`;
const READ = `query R($id: ID!, $p: String) { metric(id: $id, period: $p) {
  name target targetKind targetLabel spcRunLength version processChanges { month }
  spc(period: "2023-03") { settings { runLength } signals { rule } segments { start } } } }`;

/** A quarter of the test's own with its status and publication time set as the quarters workflow sets them. */
async function quarterWith(code: string, status: "DRAFT" | "PUBLISHED", publishedAt: string | null) {
  const quarter = await buildQuarter(server, { code, label: code });
  await builderSql(
    server,
    `UPDATE "ReportingPeriod" SET status = $2::"PeriodStatus", "publishedAt" = $3 WHERE id = $1`,
    [quarter.id, status, publishedAt],
  );
  return quarter;
}

/** Apart enough that a publication and the changes either side of it never share a millisecond. */
const pause = () => new Promise((resolve) => setTimeout(resolve, 50));

const shifts = (metric: { spc: { signals: { rule: string }[] } }) =>
  metric.spc.signals.filter((s) => s.rule === "SHIFT");

describe("a published quarter keeps the definition it was published with", () => {
  it("shows the old name, target, SPC settings and process changes; a draft and today's read show the new", async () => {
    const { id } = await buildMetric(server, {
      name: "Priority response (mean)",
      observations: monthlySeries("2023-03", RUN_OF_EIGHT),
    });
    await admin.ok(UPDATE, {
      id,
      input: { target: 120, targetKind: "TARGET", targetLabel: "target of 120", spcRunLength: 7 },
      v: 1,
    });
    await pause();
    const published = await quarterWith("2031-Q-PUBLISHED", "PUBLISHED", new Date().toISOString());
    await pause();
    await admin.ok(UPDATE, {
      id,
      input: {
        name: "Priority response (mean, new rule)",
        target: 110,
        targetLabel: "target of 110",
        spcRunLength: 9,
      },
      v: 2,
    });
    await admin.ok(
      `mutation { addProcessChange(metricId: "${id}", month: "Jul-22", label: "New rule") { errors { field } } }`,
    );
    const draft = await quarterWith("2031-Q-DRAFT", "DRAFT", null);

    // Published between the two changes: version 2 was current then.
    const asPublished = (await as("VIEWER").ok(READ, { id, p: published.code })).metric;
    expect(asPublished).toMatchObject({
      name: "Priority response (mean)",
      target: 120,
      targetLabel: "target of 120",
      spcRunLength: 7,
      version: 2,
      processChanges: [],
    });
    expect(asPublished.spc.settings.runLength).toBe(7);
    expect(asPublished.spc.segments).toHaveLength(1);
    expect(shifts(asPublished)).toHaveLength(1);

    for (const period of [draft.code, null]) {
      const today = (await as("VIEWER").ok(READ, { id, p: period })).metric;
      expect(today).toMatchObject({
        name: "Priority response (mean, new rule)",
        target: 110,
        spcRunLength: 9,
        version: 4,
        processChanges: [{ month: "2022-07" }],
      });
      expect(today.spc.segments.map((s: { start: string }) => s.start)).toEqual(["2021-08", "2022-07"]);
    }
  });

  it("a quarter marked published without a time (transcribed) shows the definition from before any change", async () => {
    const { id } = await buildMetric(server, { name: "As transcribed" });
    await admin.ok(UPDATE, { id, input: { name: "As renamed" }, v: 1 });
    const transcribed = await quarterWith("2019-Q-TRANSCRIBED", "PUBLISHED", null);
    expect((await as("VIEWER").ok(READ, { id, p: transcribed.code })).metric.name).toBe("As transcribed");
  });

  it("a metric created after the quarter was published shows its live definition there", async () => {
    const published = await quarterWith("2020-Q-EARLY", "PUBLISHED", "2020-06-01T00:00:00.000Z");
    const id = "created-after-publication";
    await admin.ok(
      `mutation { createMetric(id: "${id}", input: { name: "Brand new", unit: COUNT, polarity: NEUTRAL, basis: DISCRETE_MONTH, dataSource: "Test" }) { errors { field } } }`,
    );
    expect((await as("VIEWER").ok(READ, { id, p: published.code })).metric.name).toBe("Brand new");
  });
});

describe("SPC follows the metric's own settings", () => {
  it("a run of eight is a shift with run length 7 and 8, and none with 9", async () => {
    const { id } = await buildMetric(server, { observations: monthlySeries("2023-03", RUN_OF_EIGHT) });
    const byDefault = (await as("VIEWER").ok(READ, { id })).metric;
    expect(byDefault.spc.settings.runLength).toBe(7);
    expect(shifts(byDefault)).toHaveLength(1);
    expect(byDefault.spc.signals).toHaveLength(1);

    await admin.ok(UPDATE, { id, input: { spcRunLength: 9 }, v: 1 });
    const nine = (await as("VIEWER").ok(READ, { id })).metric;
    expect(nine.spc.settings.runLength).toBe(9);
    expect(nine.spc.signals).toEqual([]);

    await admin.ok(UPDATE, { id, input: { spcRunLength: 8 }, v: 2 });
    expect(shifts((await as("VIEWER").ok(READ, { id })).metric)).toHaveLength(1);
  });
});
