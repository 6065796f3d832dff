import type { DbClient } from "../client.ts";
import type { Scorecard } from "../generated/prisma/client.ts";
import type { MetricPlacementRecord, ScorecardRecord, SectionRecord } from "../records.ts";

const toScorecard = (s: Scorecard): ScorecardRecord => ({
  id: s.id,
  priorityId: s.priorityId,
  title: s.title,
  kind: s.kind,
  position: s.position,
  source: s.source,
  sourceUrl: s.sourceUrl,
});

export async function findScorecardsByPriorityIds(
  db: DbClient,
  priorityIds: readonly number[],
): Promise<ScorecardRecord[]> {
  const rows = await db.scorecard.findMany({
    where: { priorityId: { in: [...priorityIds] } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
  return rows.map(toScorecard);
}

export async function findScorecardsByKind(db: DbClient, kind: "FORCE" | "CJS"): Promise<ScorecardRecord[]> {
  const rows = await db.scorecard.findMany({
    where: { kind },
    orderBy: [{ priorityId: "asc" }, { position: "asc" }],
  });
  return rows.map(toScorecard);
}

export async function findSectionsByScorecardIds(
  db: DbClient,
  scorecardIds: readonly number[],
): Promise<SectionRecord[]> {
  return db.scorecardSection.findMany({
    where: { scorecardId: { in: [...scorecardIds] } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, scorecardId: true, title: true, position: true },
  });
}

export async function findSectionById(db: DbClient, id: number): Promise<SectionRecord | null> {
  return db.scorecardSection.findUnique({
    where: { id },
    select: { id: true, scorecardId: true, title: true, position: true },
  });
}

/** Section → metric ids in position order, for a batch of sections. */
export async function findSectionMetricIds(
  db: DbClient,
  sectionIds: readonly number[],
): Promise<{ sectionId: number; metricId: string }[]> {
  return db.sectionMetric.findMany({
    where: { sectionId: { in: [...sectionIds] } },
    orderBy: [{ position: "asc" }, { metricId: "asc" }],
    select: { sectionId: true, metricId: true },
  });
}

/** The first place each metric appears (lowest priority, scorecard and section position). */
export async function findMetricPlacements(
  db: DbClient,
  metricIds: readonly string[],
): Promise<MetricPlacementRecord[]> {
  const rows = await db.sectionMetric.findMany({
    where: { metricId: { in: [...metricIds] } },
    select: {
      metricId: true,
      section: { select: { title: true, scorecard: { select: { priority: { select: { number: true } } } } } },
    },
    orderBy: [
      { section: { scorecard: { priority: { number: "asc" } } } },
      { section: { scorecard: { position: "asc" } } },
      { section: { position: "asc" } },
    ],
  });
  return rows.map((r) => ({
    metricId: r.metricId,
    priorityNumber: r.section.scorecard.priority.number,
    sectionTitle: r.section.title,
  }));
}
