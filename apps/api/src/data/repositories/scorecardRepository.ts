// Scorecards, their sections and the metrics placed in each section. The dashboard's reads are
// plain SQL through the pool (docs/decisions/0012-one-read-path.md); the rest are Prisma.
import type pg from "pg";
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

// Each record's columns, also read as JSON by the prefetching statements (prefetchRepository.ts).
export const SCORECARD_COLUMNS = `id, "priorityId", title, kind::text AS kind, position, source, "sourceUrl"`;
export const SECTION_COLUMNS = `id, "scorecardId", title, position`;

export function scorecardRepository(pool: pg.Pool, db: DbClient) {
  return {
    async findByKind(kind: "FORCE" | "CJS"): Promise<ScorecardRecord[]> {
      const rows = await db.scorecard.findMany({
        where: { kind },
        orderBy: [{ priorityId: "asc" }, { position: "asc" }],
      });
      return rows.map(toScorecard);
    },

    async findSectionsByScorecardIds(scorecardIds: readonly number[]): Promise<SectionRecord[]> {
      const { rows } = await pool.query<SectionRecord>(
        `SELECT ${SECTION_COLUMNS} FROM "ScorecardSection" WHERE "scorecardId" = ANY($1::int[]) ORDER BY position, id`,
        [scorecardIds],
      );
      return rows;
    },

    findSectionById(id: number): Promise<SectionRecord | null> {
      return db.scorecardSection.findUnique({
        where: { id },
        select: { id: true, scorecardId: true, title: true, position: true },
      });
    },

    /** Section → metric ids in position order, for a batch of sections. */
    async findSectionMetricIds(
      sectionIds: readonly number[],
    ): Promise<{ sectionId: number; metricId: string }[]> {
      const { rows } = await pool.query<{ sectionId: number; metricId: string }>(
        `SELECT "sectionId", "metricId" FROM "SectionMetric"
         WHERE "sectionId" = ANY($1::int[]) ORDER BY position, "metricId"`,
        [sectionIds],
      );
      return rows;
    },

    /** The first place each metric appears (lowest priority, scorecard and section position). */
    async findMetricPlacements(metricIds: readonly string[]): Promise<MetricPlacementRecord[]> {
      const rows = await db.sectionMetric.findMany({
        where: { metricId: { in: [...metricIds] } },
        select: {
          metricId: true,
          section: {
            select: { title: true, scorecard: { select: { priority: { select: { number: true } } } } },
          },
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
    },
  };
}

export type ScorecardRepository = ReturnType<typeof scorecardRepository>;
