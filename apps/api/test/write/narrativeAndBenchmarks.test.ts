import { beforeAll, describe, expect, it } from "vitest";
import { buildComparator, buildMetric, buildQuarter, monthlySeries } from "../builders/index.ts";
import { historyOf } from "./editorClient.ts";
import { useEditorServer } from "./useEditorServer.ts";

// A metric named and valued as the report's 101 abandonment rate (7.5 % for Mar-23), a survey
// measure to benchmark and a force to benchmark it against, all the tests' own.
const { server, editor } = useEditorServer();
const ABANDONMENT = "write-abandonment-rate";
const SURVEY = "write-victim-satisfaction";
const COMPARATOR = "write-warwickshire";
const QUARTER = "2023-Q-MAR-MAY";
beforeAll(async () => {
  await buildQuarter(server, { code: QUARTER });
  const lastYear = [9.2, 8.8, 9.5, 10.1, 8.4, 7.9, 8.6, 9.0, 8.3, 7.7, 8.1, 7.5];
  await buildMetric(server, {
    id: ABANDONMENT,
    name: "101 abandonment rate",
    unit: "PERCENT",
    polarity: "LOWER_IS_BETTER",
    observations: monthlySeries("2023-03", lastYear),
  });
  await buildMetric(server, { id: SURVEY, unit: "PERCENT", polarity: "HIGHER_IS_BETTER" });
  await buildComparator(server, { code: COMPARATOR });
});

const SENTENCE = "key id generatedText text status generatorVersion isStale version";
const ACCEPT = `mutation A($m: ID!, $p: String!, $k: String!, $v: Int!) { acceptNarrative(metricId: $m, period: $p, key: $k, expectedVersion: $v, reason: "Corrected in a test of the published quarter") { sentence { ${SENTENCE} } errors { field message } } }`;
const EDIT = `mutation E($m: ID!, $p: String!, $k: String!, $t: String!, $v: Int!) { editNarrative(metricId: $m, period: $p, key: $k, text: $t, expectedVersion: $v, reason: "Corrected in a test of the published quarter") { sentence { ${SENTENCE} } errors { field message } } }`;
const metricVars = { m: ABANDONMENT, p: QUARTER, k: "latest" };

describe("narrative", () => {
  it("accepts a draft, then rewrites it; the metric shows the saved sentence", async () => {
    const accepted = (await editor.ok(ACCEPT, { ...metricVars, v: 0 })).acceptNarrative;
    // Report: "101 abandonment rate is 7.5% for Mar-23".
    expect(accepted.sentence).toMatchObject({
      text: "101 abandonment rate is 7.5% for Mar-23",
      status: "ACCEPTED",
      version: 1,
      isStale: false,
    });
    expect(accepted.sentence.id).not.toBeNull();
    const text = "101 abandonment rate is 7.5% for Mar-23, above its upper process limit";
    const edited = (await editor.ok(EDIT, { ...metricVars, t: text, v: 1 })).editNarrative;
    expect(edited.sentence).toMatchObject({
      text,
      status: "EDITED",
      version: 2,
      generatedText: "101 abandonment rate is 7.5% for Mar-23",
    });
    const { metric } = await editor.ok(
      `{ metric(id: "${ABANDONMENT}") { narrative(period: "${QUARTER}") { key text status } } }`,
    );
    expect(metric.narrative.find((s: { key: string }) => s.key === "latest")).toEqual({
      key: "latest",
      text,
      status: "EDITED",
    });
    const history = await historyOf(server, editor.cookie, "NarrativeSentence", accepted.sentence.id);
    expect(history.map((e) => e.action)).toEqual(["narrative.edit", "narrative.accept"]);
  });

  it("a second first-save, or a stale version, is a CONFLICT with the saved sentence", async () => {
    const twice = await editor.error(ACCEPT, { ...metricVars, v: 0 });
    expect(twice.extensions?.code).toBe("CONFLICT");
    expect(twice.extensions?.current).toMatchObject({ key: "latest", status: "EDITED", version: 2 });
    expect((await editor.error(EDIT, { ...metricVars, t: "late", v: 1 })).extensions?.code).toBe("CONFLICT");
  });

  it.each([
    [{ ...metricVars, m: "no-such-metric", t: "x", v: 0 }, "metricId"],
    [{ ...metricVars, p: "1999-Q-NONE", t: "x", v: 0 }, "period"],
    [{ ...metricVars, k: "no-such-key", t: "x", v: 0 }, "key"],
    [{ ...metricVars, t: "  ", v: 2 }, "text"],
  ])("rejects %j", async (vars, field) => {
    const { editNarrative } = await editor.ok(EDIT, vars);
    expect(editNarrative.sentence).toBeNull();
    expect(editNarrative.errors.map((e: { field: string }) => e.field)).toEqual([field]);
  });
});

describe("recordBenchmark", () => {
  const RECORD = `mutation B($input: BenchmarkInput!, $v: Int) { recordBenchmark(input: $input, expectedVersion: $v) {
    benchmark { id value lower upper note comparator { code } periodStart periodEnd } errors { field message } } }`;
  const input = {
    metricId: SURVEY,
    comparator: COMPARATOR,
    periodStart: "2022-04",
    periodEnd: "2023-03",
    value: 71.2,
    lower: 68.1,
    upper: 74.3,
  };

  it("records a benchmark, then corrects it with the version seen", async () => {
    const first = (await editor.ok(RECORD, { input })).recordBenchmark;
    expect(first.errors).toEqual([]);
    expect(first.benchmark).toMatchObject({
      value: 71.2,
      comparator: { code: COMPARATOR },
      periodEnd: "2023-03",
    });
    // The same metric, comparator and period again without a version would overwrite unseen.
    const unseen = await editor.error(RECORD, { input: { ...input, value: 70 } });
    expect(unseen.extensions?.code).toBe("CONFLICT");
    expect(unseen.extensions?.current).toMatchObject({ value: 71.2, version: 1 });
    const corrected = (await editor.ok(RECORD, { input: { ...input, value: 70.5 }, v: 1 })).recordBenchmark;
    expect(corrected.benchmark.value).toBe(70.5);
    expect((await editor.error(RECORD, { input: { ...input, value: 69 }, v: 1 })).extensions?.code).toBe(
      "CONFLICT",
    );
    const history = await historyOf(server, editor.cookie, "Benchmark", first.benchmark.id);
    expect(history.map((e) => e.changes)).toEqual([
      ["value: 71.2 → 70.5"],
      expect.arrayContaining(["value: — → 71.2"]),
    ]);
  });

  it.each([
    [{ ...input, comparator: "gotham" }, ["input.comparator"]],
    [{ ...input, metricId: "no-such-metric" }, ["input.metricId"]],
    [{ ...input, value: 101, upper: 102 }, ["input.value"]],
    [{ ...input, periodStart: "2023-04" }, ["input.periodStart"]],
    [{ ...input, lower: 72 }, ["input.lower"]],
  ])("rejects %j", async (bad, fields) => {
    const { recordBenchmark } = await editor.ok(RECORD, { input: bad });
    expect(recordBenchmark.benchmark).toBeNull();
    expect(recordBenchmark.errors.map((e: { field: string }) => e.field)).toEqual(fields);
  });
});
