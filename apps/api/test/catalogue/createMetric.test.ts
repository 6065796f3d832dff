import { describe, expect, it } from "vitest";
import { buildMetric } from "../builders/index.ts";
import { uniqueLabel } from "../builders/uniqueLabel.ts";
import { useCatalogueServer } from "./useCatalogueServer.ts";

// An admin adds a metric to the catalogue: the report's 101 abandonment rate, with its SLA.
const { server, as, admin, history, countRows } = useCatalogueServer();

const CREATE = `mutation C($id: ID!, $input: MetricDefinitionInput!) {
  createMetric(id: $id, input: $input) {
    metric { id name unit polarity basis target targetKind targetLabel targetSetBy dataCaptureStart
             spcRunLength spcTrendLength spcTwoOfThreeRule spcBaselinePoints version retiredAt }
    errors { field message } } }`;

const withSla = {
  name: "101 abandonment rate",
  unit: "PERCENT",
  polarity: "LOWER_IS_BETTER",
  basis: "DISCRETE_MONTH",
  dataSource: "Force contact management system",
  target: 10,
  targetKind: "SLA",
  targetLabel: "SLA of 10%",
  targetSetBy: "Force",
  dataCaptureStart: "2021-04",
  spcRunLength: 8,
};

describe("createMetric", () => {
  it("adds the metric at version 1 with its first definition saved and an audit row", async () => {
    const id = uniqueLabel("abandonment-101", "-");
    const { createMetric } = await admin.ok(CREATE, { id, input: withSla });
    expect(createMetric.errors).toEqual([]);
    expect(createMetric.metric).toMatchObject({
      id,
      name: "101 abandonment rate",
      target: 10,
      targetKind: "SLA",
      targetLabel: "SLA of 10%",
      targetSetBy: "Force",
      dataCaptureStart: "2021-04",
      spcRunLength: 8,
      spcTrendLength: null,
      version: 1,
      retiredAt: null,
    });
    const [event] = await history(id);
    expect(event).toMatchObject({ action: "metric.create", actorEmail: "admin@harness.test", before: null });
    expect(event!.after).toMatchObject({ name: "101 abandonment rate", targetKind: "SLA", version: 1 });
    const { metricCatalogue } = await admin.ok(
      `query Q($s: String) { metricCatalogue(search: $s) { metric { id } definitions { version definition } } }`,
      { s: id },
    );
    expect(metricCatalogue).toHaveLength(1);
    expect(metricCatalogue[0].definitions).toEqual([
      expect.objectContaining({
        version: 1,
        definition: expect.objectContaining({ targetLabel: "SLA of 10%" }),
      }),
    ]);
    // The public list shows it, as it shows every metric not retired.
    const { metrics } = await as("VIEWER").ok(`query M($s: String) { metrics(search: $s) { id } }`, {
      s: id,
    });
    expect(metrics).toEqual([{ id }]);
  });

  it.each([
    ["id", "Not A Slug", {}],
    ["id", "trailing-hyphen-", {}],
    ["input.name", null, { name: "  " }],
    ["input.name", null, { name: "x".repeat(201) }],
    ["input.dataSource", null, { dataSource: undefined }],
    ["input.target", null, { target: undefined }],
    ["input.target", null, { target: 140 }],
    ["input.targetKind", null, { targetKind: undefined, targetLabel: undefined }],
    ["input.targetLabel", null, { targetLabel: " " }],
    ["input.spcRunLength", null, { spcRunLength: 4 }],
    ["input.spcTrendLength", null, { spcTrendLength: 13 }],
    ["input.spcTwoOfThreeRule", null, { spcTwoOfThreeRule: "2021" }],
    ["input.spcBaselinePoints", null, { spcBaselinePoints: 11 }],
    ["input.dataCaptureStart", null, { dataCaptureStart: "Jul-22" }],
    ["input.sourceUrl", null, { sourceUrl: "javascript:alert(1)" }],
    ["input.reportingLagMonths", null, { reportingLagMonths: -1 }],
  ])("refuses a bad %s (%j %j), naming it and creating nothing", async (field, badId, change) => {
    const id = badId ?? uniqueLabel("refused-metric", "-");
    const input = { ...withSla, ...change };
    const { createMetric } = await admin.ok(CREATE, { id, input });
    expect(createMetric.metric).toBeNull();
    expect(createMetric.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    expect(await countRows("Metric", id)).toBe(0);
    expect(await countRows("MetricDefinition", id)).toBe(0);
    expect(await history(id)).toEqual([]);
  });

  it("refuses an id another metric has, leaving that metric as it was", async () => {
    const existing = await buildMetric(server, { name: "Already here" });
    const { createMetric } = await admin.ok(CREATE, { id: existing.id, input: withSla });
    expect(createMetric.errors.map((e: { field: string }) => e.field)).toEqual(["id"]);
    const { metric } = await admin.ok(`query M($id: ID!) { metric(id: $id) { name version } }`, {
      id: existing.id,
    });
    expect(metric).toEqual({ name: "Already here", version: 1 });
    expect(await countRows("MetricDefinition", existing.id)).toBe(0);
  });

  it.each(["EDITOR", "VIEWER"] as const)("is FORBIDDEN to a %s", async (role) => {
    const id = uniqueLabel("forbidden-metric", "-");
    const error = await as(role).error(CREATE, { id, input: withSla });
    expect(error.extensions?.code).toBe("FORBIDDEN");
    expect(await countRows("Metric", id)).toBe(0);
  });
});
