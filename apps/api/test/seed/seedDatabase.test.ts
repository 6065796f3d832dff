import { monthKeyOf, monthStart } from "@pcc/domain";
import { buildSeedData, REPORT_RELEASE } from "@pcc/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/data/db.ts";
import { migrate } from "../../src/data/migrate.ts";
import { seedDatabase } from "../../src/data/seed/seedDatabase.ts";
import { createTestDatabase } from "../harness/index.ts";
import type { TestDatabaseTarget } from "../harness/testDatabase.ts";

// Runs against PGlite, or against a fresh database on DATABASE_URL's server when it is set.
let target: TestDatabaseTarget;
let db: Database;
let first: { created: number };
const data = buildSeedData();

const TABLES = [
  "Comparator",
  "MostSimilarGroup",
  "MostSimilarGroupMember",
  "Area",
  "Plan",
  "Priority",
  "ReportingPeriod",
  "Statement",
  "Deliverable",
  "Scorecard",
  "ScorecardSection",
  "SectionMetric",
  "SectionCommentary",
  "Metric",
  "ProcessChange",
  "Observation",
  "Benchmark",
  "GlossaryTerm",
  "GovernanceNode",
];

async function fingerprint(): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of TABLES) {
    const { rows } = await db.pool.query(
      `SELECT count(*)::text AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM "${table}" t`,
    );
    result[table] = `${rows[0].n}:${rows[0].h}`;
  }
  return result;
}

beforeAll(async () => {
  target = await createTestDatabase();
  db = await openDatabase({ DATABASE_URL: target.url, PGLITE_DATA_DIR: "memory://" });
  await migrate(db.pool);
  first = await seedDatabase(db.prisma);
}, 120_000);
afterAll(async () => {
  await db?.close();
  await target?.drop();
});

describe("seedDatabase", () => {
  it("loads the whole report on an empty database", async () => {
    expect(first.created).toBeGreaterThan(data.observations.length);
    expect(await db.prisma.priority.count()).toBe(4);
    // The report's 34 terms, and the statistical words the product adds (marked as not from the report).
    expect(await db.prisma.glossaryTerm.count({ where: { isFromReport: true } })).toBe(34);
    expect(await db.prisma.glossaryTerm.count({ where: { isFromReport: false } })).toBe(
      data.glossary.filter((g) => g.isFromReport === false).length,
    );
    expect(await db.prisma.deliverable.count()).toBe(12);
    expect(await db.prisma.observation.count()).toBe(data.observations.length);
    expect(await db.prisma.benchmark.count()).toBe(data.benchmarks.length);
  });

  // Each [report's words, metric, area, period end, value] read back from the database.
  it.each([
    ["101 abandonment rate is 7.5% for Mar-23", "abandonment-rate-101", "force", "2023-03", 7.5],
    ["Average priority response time is 1:54:53", "priority-response-mean", "force", "2023-03", 6893],
    ["Swindon ... is at the LCL in 1,017 reports", "intelligence-reports", "swindon", "2023-03", 1017],
    [
      "RASSO outstanding suspects ... exceptionally low at 138",
      "outstanding-suspects-rasso",
      "force",
      "2023-03",
      138,
    ],
    ["Jan-23 and Feb-23 ... 52 and 58", "drug-driving-arrests", "force", "2023-02", 58],
    ["Treatment by police: 88.6%", "satisfaction-treatment", "force", "2023-02", 88.6],
    [
      "Oct to Dec 22 - Average days taken for police to charge ... 63 days",
      "cjs-days-to-charge",
      "force",
      "2022-12",
      63,
    ],
  ])("stores '%s'", async (_quote, metricId, area, periodEnd, value) => {
    const row = await db.prisma.observation.findFirstOrThrow({
      where: { metricId, area: { code: area }, breakdown: "", periodEnd: monthStart(periodEnd) },
    });
    expect([row.value, row.illustrative, row.sourceRelease]).toEqual([value, false, REPORT_RELEASE]);
  });

  it("stores every report figure of the seed package with its period and value", async () => {
    const rows = await db.prisma.observation.findMany({
      where: { illustrative: false },
      include: { area: true },
    });
    const stored = new Set(
      rows.map(
        (o) =>
          `${o.metricId}|${o.area.code}|${o.breakdown}|${monthKeyOf(o.periodStart)}|${monthKeyOf(o.periodEnd)}|${o.value}`,
      ),
    );
    const expected = data.observations.filter((o) => !o.illustrative);
    expect(expected.length).toBeGreaterThan(60);
    for (const o of expected)
      expect(stored).toContain(
        `${o.metricId}|${o.area}|${o.breakdown}|${o.periodStart}|${o.periodEnd}|${o.value}`,
      );
  });

  it("seeding again changes nothing", async () => {
    const before = await fingerprint();
    expect(await seedDatabase(db.prisma)).toEqual({ created: 0 });
    expect(await fingerprint()).toEqual(before);
  });

  it("never overwrites or re-adds what an editor changed", async () => {
    const deliverable = await db.prisma.deliverable.findFirstOrThrow({ where: { due: "Q4 2023" } });
    await db.prisma.deliverable.update({
      where: { id: deliverable.id },
      data: { progress: 55, version: { increment: 1 } },
    });
    const observation = await db.prisma.observation.findFirstOrThrow({
      where: { metricId: "answer-time-999", periodEnd: monthStart("2023-03") },
    });
    await db.prisma.observation.update({ where: { id: observation.id }, data: { value: 11 } });
    const risk = await db.prisma.statement.findFirstOrThrow({
      where: { kind: "RISK", priority: { number: 1 }, position: 1 },
    });
    await db.prisma.statement.update({ where: { id: risk.id }, data: { retiredAt: new Date() } });
    await db.prisma.commentary.deleteMany({ where: { section: { title: "THRIVE+" }, position: 2 } });

    expect(await seedDatabase(db.prisma)).toEqual({ created: 0 });
    expect((await db.prisma.deliverable.findUniqueOrThrow({ where: { id: deliverable.id } })).progress).toBe(
      55,
    );
    expect((await db.prisma.observation.findUniqueOrThrow({ where: { id: observation.id } })).value).toBe(11);
    expect(await db.prisma.statement.count({ where: { kind: "RISK", priority: { number: 1 } } })).toBe(2);
    expect(await db.prisma.commentary.count({ where: { section: { title: "THRIVE+" } } })).toBe(2);
  });
});
