import type { Database } from "../../src/data/db.ts";

/**
 * The metrics these tests load into, modelled on the report's Priority 1 scorecard
 * (Wiltshire Quarterly PCC Highlight Report, March – May 23). Ids carry an "imp-" prefix so
 * they never meet the seeded report's own metrics.
 */
export const METRICS = {
  abandonment: { id: "imp-101-abandonment-rate", unit: "PERCENT" as const, name: "101 abandonment rate" },
  answerTime: { id: "imp-cch-answer-time", unit: "SECONDS" as const, name: "CCH average time to answer" },
  intelligence: { id: "imp-intelligence-reports", unit: "COUNT" as const, name: "Intelligence reports" },
  thrive: { id: "imp-thrive-call-rating", unit: "PERCENT" as const, name: "THRIVE+ overall call rating" },
  crimeRate: {
    id: "imp-crimes-per-1000",
    unit: "RATE_PER_1000" as const,
    name: "Crimes per 1,000 population",
  },
};

export interface ImportWorld {
  scorecardId: number;
  /** Sections in report order: the first holds abandonment and answer time, the second the rest. */
  sectionIds: [number, number];
  areaIds: Record<"force" | "county" | "swindon", number>;
  comparatorIds: Record<"imp-home" | "imp-msg-average", number>;
}

/** Creates a plan, priority, scorecard with two sections, the metrics, areas and comparators. */
export async function buildImportWorld(db: Database): Promise<ImportWorld> {
  const p = db.prisma;
  const area = (code: string, name: string, position: number) =>
    p.area.upsert({ where: { code }, update: {}, create: { code, name, position } });
  const [force, county, swindon] = await Promise.all([
    area("force", "Force-wide", 0),
    area("county", "County hub", 1),
    area("swindon", "Swindon hub", 2),
  ]);
  const home = await p.comparator.create({
    data: { code: "imp-home", name: "Home force", kind: "FORCE", isHomeForce: true },
  });
  const msg = await p.comparator.create({
    data: { code: "imp-msg-average", name: "MSG average", kind: "MSG_AVERAGE" },
  });
  const plan = await p.plan.create({
    data: { code: "imp-plan", title: "Import test plan", forceId: home.id, startYear: 2022, endYear: 2025 },
  });
  const priority = await p.priority.create({
    data: { planId: plan.id, number: 1, title: "A police service that meets the needs of its community" },
  });
  const scorecard = await p.scorecard.create({
    data: { priorityId: priority.id, title: "Import test scorecard", kind: "FORCE", position: 1 },
  });
  for (const metric of Object.values(METRICS)) {
    await p.metric.create({
      data: {
        id: metric.id,
        name: metric.name,
        unit: metric.unit,
        polarity: "NEUTRAL",
        basis: "DISCRETE_MONTH",
        dataSource: "Force BI",
      },
    });
  }
  const first = await p.scorecardSection.create({
    data: { scorecardId: scorecard.id, title: "WAIT TO ANSWER & ABANDONMENT", position: 1 },
  });
  const second = await p.scorecardSection.create({
    data: { scorecardId: scorecard.id, title: "THRIVE+ & INTELLIGENCE", position: 2 },
  });
  await p.sectionMetric.createMany({
    data: [
      { sectionId: first.id, metricId: METRICS.abandonment.id, position: 1 },
      { sectionId: first.id, metricId: METRICS.answerTime.id, position: 2 },
      { sectionId: second.id, metricId: METRICS.thrive.id, position: 1 },
      { sectionId: second.id, metricId: METRICS.intelligence.id, position: 2 },
      { sectionId: second.id, metricId: METRICS.crimeRate.id, position: 3 },
    ],
  });
  return {
    scorecardId: scorecard.id,
    sectionIds: [first.id, second.id],
    areaIds: { force: force.id, county: county.id, swindon: swindon.id },
    comparatorIds: { "imp-home": home.id, "imp-msg-average": msg.id },
  };
}
