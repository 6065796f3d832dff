import { describe, expect, it } from "vitest";
import { buildMetric } from "../builders/index.ts";
import { useCatalogueServer } from "./useCatalogueServer.ts";

// An admin edits a metric the seed-like builder made (no saved definition yet), then retires one.
const { server, as, admin, history, countRows } = useCatalogueServer();

const UPDATE = `mutation U($id: ID!, $input: MetricDefinitionInput!, $v: Int!) {
  updateMetric(id: $id, input: $input, expectedVersion: $v) {
    metric { id name description target targetKind targetLabel spcRunLength spcTrendLength spcTwoOfThreeRule
             spcBaselinePoints version }
    errors { field message } } }`;
const RETIRE = `mutation R($id: ID!, $v: Int!) { retireMetric(id: $id, expectedVersion: $v) {
  metric { id version retiredAt } errors { field message } } }`;
const DEFINITIONS = `query D($s: String) { metricCatalogue(search: $s) {
  metric { id } definitions { version createdAt definition changes } history { action } } }`;

describe("updateMetric", () => {
  it("saves the change as version 2, recording version 1 as it stood before any publication", async () => {
    const { id } = await buildMetric(server, {
      name: "Crimes recorded",
      unit: "COUNT",
      polarity: "LOWER_IS_BETTER",
    });
    const input = {
      name: "Crimes recorded (all)",
      target: 1189,
      targetKind: "TARGET",
      targetLabel: "target of 1,189",
      spcRunLength: 9,
      spcTrendLength: 6,
      spcTwoOfThreeRule: "2019",
      spcBaselinePoints: 12,
    };
    const { updateMetric } = await admin.ok(UPDATE, { id, input, v: 1 });
    expect(updateMetric.errors).toEqual([]);
    expect(updateMetric.metric).toMatchObject({ ...input, version: 2 });
    const [entry] = (await admin.ok(DEFINITIONS, { s: id })).metricCatalogue;
    expect(entry.definitions.map((d: { version: number }) => d.version)).toEqual([2, 1]);
    expect(entry.definitions[1]).toMatchObject({ createdAt: "1970-01-01T00:00:00.000Z", changes: [] });
    expect(entry.definitions[1].definition).toMatchObject({
      name: "Crimes recorded",
      target: null,
      processChanges: [],
    });
    expect(entry.definitions[0].changes).toEqual(
      expect.arrayContaining(["name: Crimes recorded → Crimes recorded (all)", "spcRunLength: — → 9"]),
    );
    const [event] = await history(id);
    expect(event).toMatchObject({ action: "metric.update", actorEmail: "admin@harness.test" });
    expect(event!.changes).toEqual(
      expect.arrayContaining(["target: — → 1189", "spcTwoOfThreeRule: — → 2019"]),
    );
  });

  it("clears a field given as null and keeps those left out", async () => {
    const { id } = await buildMetric(server, { name: "Kept name" });
    await admin.ok(UPDATE, { id, input: { description: "Will go" }, v: 1 });
    const { updateMetric } = await admin.ok(UPDATE, { id, input: { description: null }, v: 2 });
    expect(updateMetric.metric).toMatchObject({ name: "Kept name", description: null, version: 3 });
    expect(await countRows("MetricDefinition", id)).toBe(3);
  });

  it.each([
    ["input.name", { name: null }],
    ["input.unit", { unit: null }],
    ["input.target", { targetKind: "TARGET" }],
    ["input.targetLabel", { target: 3600, targetKind: "SLA" }],
    ["input.spcRunLength", { spcRunLength: 13 }],
    ["input.spcTrendLength", { spcTrendLength: 2 }],
    ["input.spcTwoOfThreeRule", { spcTwoOfThreeRule: "2023" }],
    ["input.spcBaselinePoints", { spcBaselinePoints: 6 }],
  ])("refuses a bad %s (%j), naming it and changing nothing", async (field, input) => {
    const { id } = await buildMetric(server, { name: "Left alone" });
    const { updateMetric } = await admin.ok(UPDATE, { id, input, v: 1 });
    expect(updateMetric.metric).toBeNull();
    expect(updateMetric.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    const { metric } = await admin.ok(`query M($id: ID!) { metric(id: $id) { name unit version } }`, { id });
    expect(metric).toEqual({ name: "Left alone", unit: "COUNT", version: 1 });
    expect(await countRows("MetricDefinition", id)).toBe(0);
    expect(await history(id)).toEqual([]);
  });

  it("fails with CONFLICT on a stale version, carrying the metric as it now is, and changes nothing", async () => {
    const { id } = await buildMetric(server, { name: "First save wins" });
    await admin.ok(UPDATE, { id, input: { description: "Saved first" }, v: 1 });
    const error = await admin.error(UPDATE, { id, input: { name: "Saved second" }, v: 1 });
    expect(error.extensions?.code).toBe("CONFLICT");
    expect(error.extensions?.current).toMatchObject({
      id,
      name: "First save wins",
      description: "Saved first",
      version: 2,
    });
    expect(await countRows("MetricDefinition", id)).toBe(2);
    expect(await history(id)).toHaveLength(1);
  });

  it("is NOT_FOUND for a metric that does not exist", async () => {
    const error = await admin.error(UPDATE, { id: "no-such-metric", input: { name: "x" }, v: 1 });
    expect(error.extensions?.code).toBe("NOT_FOUND");
  });

  it.each(["EDITOR", "VIEWER"] as const)("is FORBIDDEN to a %s", async (role) => {
    const { id } = await buildMetric(server, { name: "Admins only" });
    const error = await as(role).error(UPDATE, { id, input: { name: "Changed" }, v: 1 });
    expect(error.extensions?.code).toBe("FORBIDDEN");
    expect(await history(id)).toEqual([]);
  });
});

describe("retireMetric", () => {
  it("retires the metric: gone from the public list, still readable by id, audited", async () => {
    const { id } = await buildMetric(server, { name: "Old measure" });
    const { retireMetric } = await admin.ok(RETIRE, { id, v: 1 });
    expect(retireMetric.errors).toEqual([]);
    expect(retireMetric.metric.version).toBe(2);
    expect(retireMetric.metric.retiredAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const { metrics } = await as("VIEWER").ok(`query M($s: String) { metrics(search: $s) { id } }`, {
      s: id,
    });
    expect(metrics).toEqual([]);
    const { metric } = await as("VIEWER").ok(`query M($id: ID!) { metric(id: $id) { id retiredAt } }`, {
      id,
    });
    expect(metric.retiredAt).not.toBeNull();
    const [entry] = (await admin.ok(DEFINITIONS, { s: id })).metricCatalogue;
    expect(entry.history.map((e: { action: string }) => e.action)).toEqual(["metric.retire"]);
    // Retiring it again is refused: its retirement date stays the first one.
    const again = (await admin.ok(RETIRE, { id, v: 2 })).retireMetric;
    expect(again.errors.map((e: { field: string }) => e.field)).toEqual(["id"]);
    expect(await countRows("MetricDefinition", id)).toBe(2);
  });

  it("fails with CONFLICT on a stale version and leaves the metric in the list", async () => {
    const { id } = await buildMetric(server, { name: "Still wanted" });
    await admin.ok(UPDATE, { id, input: { description: "Edited meanwhile" }, v: 1 });
    const error = await admin.error(RETIRE, { id, v: 1 });
    expect(error.extensions?.code).toBe("CONFLICT");
    const { metrics } = await as("VIEWER").ok(`query M($s: String) { metrics(search: $s) { id } }`, {
      s: id,
    });
    expect(metrics).toEqual([{ id }]);
  });

  it.each(["EDITOR", "VIEWER"] as const)("is FORBIDDEN to a %s", async (role) => {
    const { id } = await buildMetric(server);
    const error = await as(role).error(RETIRE, { id, v: 1 });
    expect(error.extensions?.code).toBe("FORBIDDEN");
  });
});
