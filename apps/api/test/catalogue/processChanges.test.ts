import { describe, expect, it } from "vitest";
import { buildMetric, monthlySeries } from "../builders/index.ts";
import { useCatalogueServer } from "./useCatalogueServer.ts";

// An admin marks "Sep-22: new 101 operating model" on a metric with data from Aug-21 to Mar-23.
const { server, as, admin, history, countRows } = useCatalogueServer();

const TWENTY_MONTHS = Array.from({ length: 20 }, (_, i) => 100 + (i % 3));
const ADD = `mutation A($m: ID!, $month: String!, $label: String!, $v: Int) {
  addProcessChange(metricId: $m, month: $month, label: $label, expectedVersion: $v) {
    metric { id version processChanges { month label } } errors { field message } } }`;
const REMOVE = `mutation R($m: ID!, $month: String!, $v: Int) {
  removeProcessChange(metricId: $m, month: $month, expectedVersion: $v) {
    metric { id version processChanges { month label } } errors { field message } } }`;
const SEGMENTS = `query S($id: ID!) { metric(id: $id) { spc(period: "2023-03") { segments { start label } } } }`;

const metricWithData = () => buildMetric(server, { observations: monthlySeries("2023-03", TWENTY_MONTHS) });

describe("addProcessChange", () => {
  it("declares the change (as the report writes the month), splitting the limits, as a new audited version", async () => {
    const { id } = await metricWithData();
    const { addProcessChange } = await admin.ok(ADD, {
      m: id,
      month: "Sep-22",
      label: "New 101 operating model",
    });
    expect(addProcessChange.errors).toEqual([]);
    expect(addProcessChange.metric).toMatchObject({
      version: 2,
      processChanges: [{ month: "2022-09", label: "New 101 operating model" }],
    });
    const { metric } = await admin.ok(SEGMENTS, { id });
    expect(metric.spc.segments).toEqual([
      { start: "2021-08", label: null },
      { start: "2022-09", label: "New 101 operating model" },
    ]);
    const [event] = await history(id);
    expect(event).toMatchObject({ action: "metric.processChange.add", actorEmail: "admin@harness.test" });
    expect(event!.after?.processChanges).toEqual([{ month: "2022-09", label: "New 101 operating model" }]);
    const { metricCatalogue } = await admin.ok(
      `query Q($s: String) { metricCatalogue(search: $s) { definitions { version definition } } }`,
      { s: id },
    );
    expect(metricCatalogue[0].definitions[0]).toMatchObject({
      version: 2,
      definition: { processChanges: [{ month: "2022-09", label: "New 101 operating model" }] },
    });
  });

  it.each([
    ["month", "2022-09", "already declared"],
    ["month", "Jul-21", "within the metric's data"],
    ["month", "2023-04", "within the metric's data"],
    ["month", "soon", "YYYY-MM"],
    ["label", "2022-11", "blank"],
  ])("refuses a bad %s (%s), naming it and changing nothing", async (field, month, words) => {
    const { id } = await metricWithData();
    await admin.ok(ADD, { m: id, month: "2022-09", label: "First declared" });
    const label = field === "label" ? "   " : "Second try";
    const { addProcessChange } = await admin.ok(ADD, { m: id, month, label });
    expect(addProcessChange.metric).toBeNull();
    expect(addProcessChange.errors).toEqual([{ field, message: expect.stringContaining(words) }]);
    expect(await countRows("ProcessChange", id)).toBe(1);
    expect(await countRows("MetricDefinition", id)).toBe(2);
    expect(await history(id)).toHaveLength(1);
  });

  it("refuses a metric with no data yet", async () => {
    const { id } = await buildMetric(server);
    const { addProcessChange } = await admin.ok(ADD, { m: id, month: "2022-09", label: "Too early" });
    expect(addProcessChange.errors).toEqual([
      { field: "month", message: expect.stringContaining("no data") },
    ]);
  });

  it("fails with CONFLICT when the version the admin saw is stale", async () => {
    const { id } = await metricWithData();
    await admin.ok(ADD, { m: id, month: "2022-09", label: "One" });
    const error = await admin.error(ADD, { m: id, month: "2022-10", label: "Two", v: 1 });
    expect(error.extensions?.code).toBe("CONFLICT");
    expect(await countRows("ProcessChange", id)).toBe(1);
  });

  it.each(["EDITOR", "VIEWER"] as const)("is FORBIDDEN to a %s", async (role) => {
    const { id } = await metricWithData();
    const error = await as(role).error(ADD, { m: id, month: "2022-09", label: "Not mine to mark" });
    expect(error.extensions?.code).toBe("FORBIDDEN");
    expect(await countRows("ProcessChange", id)).toBe(0);
  });
});

describe("removeProcessChange", () => {
  it("withdraws the change, the limits running on across it, as a new audited version", async () => {
    const { id } = await metricWithData();
    await admin.ok(ADD, { m: id, month: "2022-09", label: "Withdrawn later" });
    const { removeProcessChange } = await admin.ok(REMOVE, { m: id, month: "Sep-22", v: 2 });
    expect(removeProcessChange.errors).toEqual([]);
    expect(removeProcessChange.metric).toMatchObject({ version: 3, processChanges: [] });
    const { metric } = await admin.ok(SEGMENTS, { id });
    expect(metric.spc.segments).toHaveLength(1);
    expect((await history(id))[0]).toMatchObject({ action: "metric.processChange.remove" });
  });

  it("refuses a month with no declared change, changing nothing", async () => {
    const { id } = await metricWithData();
    const { removeProcessChange } = await admin.ok(REMOVE, { m: id, month: "2022-09" });
    expect(removeProcessChange.errors.map((e: { field: string }) => e.field)).toEqual(["month"]);
    expect(await countRows("MetricDefinition", id)).toBe(0);
    expect(await history(id)).toEqual([]);
  });

  it.each(["EDITOR", "VIEWER"] as const)("is FORBIDDEN to a %s", async (role) => {
    const { id } = await metricWithData();
    await admin.ok(ADD, { m: id, month: "2022-09", label: "Stays" });
    const error = await as(role).error(REMOVE, { m: id, month: "2022-09" });
    expect(error.extensions?.code).toBe("FORBIDDEN");
    expect(await countRows("ProcessChange", id)).toBe(1);
  });
});
