import {
  buildArea,
  buildComparator,
  buildMetric,
  buildScorecardSection,
  type MetricUnit,
} from "../builders/index.ts";
import type { TestServer } from "../harness/index.ts";

/**
 * The metrics these tests load into, modelled on the report's Priority 1 scorecard
 * (Wiltshire Quarterly PCC Highlight Report, March – May 23). Ids carry an "imp-" prefix so
 * they never meet the seeded report's own metrics.
 */
export const METRICS = {
  abandonment: {
    id: "imp-101-abandonment-rate",
    unit: "PERCENT" as MetricUnit,
    name: "101 abandonment rate",
  },
  answerTime: {
    id: "imp-cch-answer-time",
    unit: "SECONDS" as MetricUnit,
    name: "CCH average time to answer",
  },
  intelligence: { id: "imp-intelligence-reports", unit: "COUNT" as MetricUnit, name: "Intelligence reports" },
  thrive: {
    id: "imp-thrive-call-rating",
    unit: "PERCENT" as MetricUnit,
    name: "THRIVE+ overall call rating",
  },
  crimeRate: {
    id: "imp-crimes-per-1000",
    unit: "RATE_PER_1000" as MetricUnit,
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

/** Builds a scorecard with two sections holding the metrics, and the areas and comparators to load. */
export async function buildImportWorld(server: TestServer): Promise<ImportWorld> {
  const force = await buildArea(server, "force", "Force-wide", 0);
  const county = await buildArea(server, "county", "County hub", 1);
  const swindon = await buildArea(server, "swindon", "Swindon hub", 2);
  const home = await buildComparator(server, { code: "imp-home", name: "Home force", isHomeForce: true });
  const msg = await buildComparator(server, {
    code: "imp-msg-average",
    name: "MSG average",
    kind: "MSG_AVERAGE",
  });
  const first = await buildScorecardSection(server, { title: "WAIT TO ANSWER & ABANDONMENT" });
  const second = await buildScorecardSection(server, { title: "THRIVE+ & INTELLIGENCE", after: first });
  const sectionOf = [first, first, second, second, second];
  const inReportOrder = [
    METRICS.abandonment,
    METRICS.answerTime,
    METRICS.thrive,
    METRICS.intelligence,
    METRICS.crimeRate,
  ];
  for (const [i, metric] of inReportOrder.entries()) {
    await buildMetric(server, { ...metric, sectionId: sectionOf[i]!.id });
  }
  return {
    scorecardId: first.scorecardId,
    sectionIds: [first.id, second.id],
    areaIds: { force: force.id, county: county.id, swindon: swindon.id },
    comparatorIds: { "imp-home": home.id, "imp-msg-average": msg.id },
  };
}
