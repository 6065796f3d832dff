import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../harness/index.ts";

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

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { RESPONSE_CACHE: "off" } });
});
afterAll(async () => {
  await server?.close();
});

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

it("costs the same number of queries for priority 1 as for priority 4", async () => {
  const p1 = await countFor(1);
  const p4 = await countFor(4);
  // Seed: priority 1 carries 36 metrics, priority 4 15 (report score cards).
  expect(p1.metrics).not.toBe(p4.metrics);
  expect(p1.queries).toBe(p4.queries);
  expect(p1.queries).toBeLessThanOrEqual(30);
  console.info(
    `scorecard queries: priority 1 (${p1.metrics} metrics) ${p1.queries}, priority 4 (${p4.metrics}) ${p4.queries}`,
  );
});

it("does not grow when metrics are added to a section", async () => {
  const before = await countFor(4);
  const { prisma } = server.db;
  const section = await prisma.scorecardSection.findFirstOrThrow({
    where: { scorecard: { priority: { number: 4 } } },
    orderBy: { id: "asc" },
  });
  const area = await prisma.area.findUniqueOrThrow({ where: { code: "force" } });
  for (let i = 0; i < 12; i++) {
    const id = `nplusone-extra-${i}`;
    await prisma.metric.create({
      data: {
        id,
        name: `Extra metric ${i}`,
        unit: "COUNT",
        polarity: "LOWER_IS_BETTER",
        basis: "DISCRETE_MONTH",
        dataSource: "Test",
      },
    });
    await prisma.sectionMetric.create({ data: { sectionId: section.id, metricId: id, position: 100 + i } });
    await prisma.observation.createMany({
      data: Array.from({ length: 24 }, (_, m) => ({
        metricId: id,
        areaId: area.id,
        periodStart: new Date(Date.UTC(2021, 3 + m, 1)),
        periodEnd: new Date(Date.UTC(2021, 3 + m, 1)),
        value: 100 + ((m * 7 + i) % 13),
        sourceRelease: "Test",
      })),
    });
  }
  const after = await countFor(4);
  expect(after.metrics).toBe(before.metrics + 12);
  expect(after.queries).toBe(before.queries);
});
