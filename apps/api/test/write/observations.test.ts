import { beforeAll, describe, expect, it } from "vitest";
import { buildMetric, monthlySeries } from "../builders/index.ts";
import { historyOf } from "./editorClient.ts";
import { useEditorServer } from "./useEditorServer.ts";

// Metrics of the tests' own, one per unit whose rules they check. The percentage's series ends at
// Mar-23 as the report's 101 abandonment rate does (7.5 %); Apr-23 is the next month to record.
const { server, editor } = useEditorServer();
const PERCENT = "write-abandonment-rate";
const COUNT = "write-crime-volume";
const DURATION = "write-answer-time";
beforeAll(async () => {
  const lastYear = [9.2, 8.8, 9.5, 10.1, 8.4, 7.9, 8.6, 9.0, 8.3, 7.7, 8.1, 7.5];
  await buildMetric(server, {
    id: PERCENT,
    unit: "PERCENT",
    observations: monthlySeries("2023-03", lastYear),
  });
  await buildMetric(server, { id: COUNT, unit: "COUNT" });
  await buildMetric(server, { id: DURATION, unit: "SECONDS" });
});

const OBS =
  "id periodStart periodEnd value lower upper numerator denominator area breakdown sourceRelease note version illustrative";
const RECORD = `mutation R($input: ObservationInput!) { recordObservation(input: $input) { observation { ${OBS} } errors { field message } } }`;
const CORRECT = `mutation C($id: ID!, $input: ObservationInput!, $v: Int!) { correctObservation(id: $id, input: $input, expectedVersion: $v) { observation { ${OBS} } errors { field message } } }`;
const april = { metricId: PERCENT, periodStart: "2023-04", periodEnd: "2023-04", value: 6.9 };
const nextYear = `${new Date().getUTCFullYear() + 1}-01`;

describe("recordObservation", () => {
  it("records a new month, audited, and the chart includes it", async () => {
    const { recordObservation } = await editor.ok(RECORD, { input: { ...april, note: "Provisional" } });
    expect(recordObservation.errors).toEqual([]);
    expect(recordObservation.observation).toMatchObject({
      periodEnd: "2023-04",
      value: 6.9,
      area: "force",
      breakdown: "",
      version: 1,
      illustrative: false,
    });
    expect(recordObservation.observation.sourceRelease).toContain("editor@harness.test");
    const { metric } = await editor.ok(
      `{ metric(id: "${PERCENT}") { spc(period: "2023-04") { points { periodEnd value } } latest(period: "2023-04") { value } } }`,
    );
    expect(metric.spc.points.at(-1)).toEqual({ periodEnd: "2023-04", value: 6.9 });
    expect(metric.latest.value).toBe(6.9);
    const [event] = await historyOf(server, editor.cookie, "Observation", recordObservation.observation.id);
    expect(event).toMatchObject({ action: "observation.record", before: null });
  });

  it.each([
    [
      "an existing series and month",
      { ...april, periodStart: "2023-03", periodEnd: "2023-03" },
      ["input.periodEnd"],
    ],
    ["an unknown metric", { ...april, metricId: "no-such-metric" }, ["input.metricId"]],
    ["an unknown area", { ...april, area: "atlantis" }, ["input.area"]],
    [
      "a month that is not YYYY-MM",
      { ...april, periodStart: "Apr-23", periodEnd: "2023-13" },
      ["input.periodStart", "input.periodEnd"],
    ],
    ["a start after the end", { ...april, periodStart: "2023-05" }, ["input.periodStart"]],
    ["a month in the future", { ...april, periodStart: nextYear, periodEnd: nextYear }, ["input.periodEnd"]],
    ["a percentage above 100", { ...april, value: 100.5 }, ["input.value"]],
    ["a negative percentage", { ...april, value: -1 }, ["input.value"]],
    ["a fractional count", { ...april, metricId: COUNT, value: 10.5 }, ["input.value"]],
    ["a negative count", { ...april, metricId: COUNT, value: -3 }, ["input.value"]],
    ["a negative duration", { ...april, metricId: DURATION, value: -48 }, ["input.value"]],
    ["a lower bound above the value", { ...april, lower: 7, upper: 8 }, ["input.lower"]],
    ["an upper bound below the value", { ...april, lower: 6, upper: 6.5 }, ["input.upper"]],
    ["a zero denominator", { ...april, denominator: 0 }, ["input.denominator"]],
    ["an over-long note", { ...april, note: "n".repeat(2001) }, ["input.note"]],
  ])("rejects %s", async (_what, input, fields) => {
    const count = async () =>
      (
        await editor.ok(
          `{ metric(id: "${input.metricId === "no-such-metric" ? april.metricId : input.metricId}") { observations { id } } }`,
        )
      ).metric.observations.length;
    const before = await count();
    const { recordObservation } = await editor.ok(RECORD, { input });
    expect(recordObservation.observation).toBeNull();
    expect(recordObservation.errors.map((e: { field: string }) => e.field)).toEqual(fields);
    expect(await count()).toBe(before);
  });
});

describe("correctObservation", () => {
  const march = async () =>
    (
      await editor.ok(
        `{ metric(id: "${PERCENT}") { observations(from: "2023-03", to: "2023-03") { id value version } } }`,
      )
    ).metric.observations[0] as { id: string; value: number; version: number };

  it("corrects a value with the version seen; the chart follows at once", async () => {
    const before = await march();
    // 7.5% for Mar-23, as in the report; a correction to 7.4%.
    expect(before.value).toBe(7.5);
    const input = {
      metricId: PERCENT,
      periodStart: "2023-03",
      periodEnd: "2023-03",
      value: 7.4,
    };
    const { correctObservation } = await editor.ok(CORRECT, { id: before.id, input, v: before.version });
    expect(correctObservation.observation).toMatchObject({ value: 7.4, version: before.version + 1 });
    const { metric } = await editor.ok(
      `{ metric(id: "${PERCENT}") { spc(period: "2023-03") { points { periodEnd value } } } }`,
    );
    expect(metric.spc.points.at(-1)).toEqual({ periodEnd: "2023-03", value: 7.4 });
    const [event] = await historyOf(server, editor.cookie, "Observation", before.id);
    expect(event!.changes).toEqual(["value: 7.5 → 7.4"]);
  });

  it("refuses to move a correction to another series or month, a bad value, and a stale version", async () => {
    const before = await march();
    const input = {
      metricId: PERCENT,
      periodStart: "2023-03",
      periodEnd: "2023-03",
      value: 7.3,
    };
    const moved = (
      await editor.ok(CORRECT, {
        id: before.id,
        input: { ...input, periodStart: "2023-02", periodEnd: "2023-02" },
        v: before.version,
      })
    ).correctObservation;
    expect(moved.errors.map((e: { field: string }) => e.field)).toEqual([
      "input.periodStart",
      "input.periodEnd",
    ]);
    const bad = (
      await editor.ok(CORRECT, { id: before.id, input: { ...input, value: 140 }, v: before.version })
    ).correctObservation;
    expect(bad.errors.map((e: { field: string }) => e.field)).toEqual(["input.value"]);
    const stale = await editor.error(CORRECT, { id: before.id, input, v: before.version - 1 });
    expect(stale.extensions?.code).toBe("CONFLICT");
    expect(stale.extensions?.current).toMatchObject({
      id: before.id,
      value: before.value,
      version: before.version,
    });
    expect(await march()).toEqual(before);
    expect((await editor.error(CORRECT, { id: "999999999", input, v: 1 })).extensions?.code).toBe(
      "NOT_FOUND",
    );
  });
});
