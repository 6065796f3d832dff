import { expect, it } from "vitest";
import { buildMetric, buildQuarter, buildScorecardSection, monthlySeries } from "../builders/index.ts";
import { useTestServer } from "../harness/index.ts";

// Issue 4: "a priority's whole scorecard costs a fixed, small number of SQL queries however many
// metrics it has (test this by counting queries)". db.queryCount() counts every statement the
// server's pool sends; requests here run one at a time and anonymously (no session lookup), with the
// response cache off: a repeated question would otherwise cost one statement (decision 0009). Every
// edge the scorecard reads is asked for, within the API's answer-size limit (whole point lists of 36
// metrics are over it; the compact arrays come from the same loaders).
const SCORECARD = `query Scorecard($n: Int!) { priority(number: $n) {
  number title summary { metricCount concernCount slaBreachCount deliverablesOverdue openRiskCount }
  outcomes { id text period { code } } focus { id text } risks { id text } deliverables { id progress status }
  scorecards { id title sections { id title commentary { id text } metrics {
    id name unit polarity priorityNumber sectionTitle related { id } processChanges { month }
    seriesKeys { count } latest { periodEnd value } series { values }
    change { text } targetStanding { text }
    spc { status variation assurance segments { centre label } compact { special } signals { rule } }
    comparisons { yearOnYear { text } previousThreeMonths { text significant } meanVsMedian { note } rollingVsDiscrete { note } }
    benchmarkPosition { text }
    narrative { key }
  } } } } }`;

const server = useTestServer({ env: { RESPONSE_CACHE: "off" } });

async function countFor(priority: number) {
  // After a write, so each count is of the first request at a new data version, when no cache holds
  // anything it reads: the most a scorecard costs (decision 0013).
  await server.db.pool.query(`UPDATE "Deliverable" SET note = note WHERE id = 1`);
  const before = server.db.queryCount();
  const result = await server.graphql<{ priority: { summary: { metricCount: number } } }>(SCORECARD, {
    n: priority,
  });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return { queries: server.db.queryCount() - before, metrics: result.data!.priority.summary.metricCount };
}

// The report's own scorecards, not built ones: they carry every kind of edge a scorecard reads
// (benchmarks, process changes, metric families, commentary, narrative), the realistic worst case.
it("costs the same number of queries for priority 1 as for priority 4", async () => {
  const p1 = await countFor(1);
  const p4 = await countFor(4);
  // Seed: priority 1 carries 36 metrics, priority 4 15 (report score cards).
  expect(p1.metrics).not.toBe(p4.metrics);
  expect(p1.queries).toBe(p4.queries);
  expect(p1.queries).toBeLessThanOrEqual(21);
  console.info(
    `scorecard queries: priority 1 (${p1.metrics} metrics) ${p1.queries}, priority 4 (${p4.metrics}) ${p4.queries}`,
  );
});

// Two years of monthly values, a little different for each metric.
const history = (seed: number) =>
  monthlySeries(
    "2023-03",
    Array.from({ length: 24 }, (_, m) => 100 + ((m * 7 + seed) % 13)),
  );

it("does not grow when metrics are added to a section", async () => {
  // A priority's summary is about the current period, so there must be one.
  await buildQuarter(server);
  const section = await buildScorecardSection(server);
  for (let i = 0; i < 3; i++) await buildMetric(server, { sectionId: section.id, observations: history(i) });
  const before = await countFor(section.priority.number);
  for (let i = 0; i < 12; i++) {
    await buildMetric(server, { sectionId: section.id, observations: history(3 + i) });
  }
  const after = await countFor(section.priority.number);
  expect(after.metrics).toBe(before.metrics + 12);
  expect(after.queries).toBe(before.queries);
});
