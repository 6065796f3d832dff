// The metric catalogue's reads: every metric (retired too), its versioned definitions, where it is
// placed and its change history. Admin pages and the published-definition read, not the dashboard's
// hot path, so Prisma except the period look-up every versioned read makes (plain SQL, decision 0012).
import type pg from "pg";
import type { DbClient } from "../client.ts";
import type { AuditEvent, MetricDefinition } from "../generated/prisma/client.ts";
import type {
  AuditEventRecord,
  MetricDefinitionRecord,
  MetricDefinitionSnapshot,
  MetricRecord,
  PeriodPublicationRecord,
  SectionPlacementRecord,
} from "../records.ts";
import { toMetricRecord } from "./metricRepository.ts";

export const toDefinitionRecord = (d: MetricDefinition): MetricDefinitionRecord => ({
  metricId: d.metricId,
  version: d.version,
  definition: d.definition as unknown as MetricDefinitionSnapshot,
  createdAt: d.createdAt.toISOString(),
});

const toAuditRecord = (e: AuditEvent): AuditEventRecord => ({
  id: e.id.toString(),
  at: e.at.toISOString(),
  actorEmail: e.actorEmail,
  action: e.action,
  entityType: e.entityType,
  entityId: e.entityId,
  before: e.before,
  after: e.after,
});

export function metricCatalogueRepository(pool: pg.Pool, db: DbClient) {
  return {
    /** Every metric, retired ones too, by name; or those whose name or id contains `search`. */
    async listAll(search?: string): Promise<MetricRecord[]> {
      const contains = search?.trim();
      const rows = await db.metric.findMany({
        where: contains
          ? {
              OR: [{ name: { contains, mode: "insensitive" } }, { id: { contains, mode: "insensitive" } }],
            }
          : undefined,
        orderBy: [{ name: "asc" }, { id: "asc" }],
      });
      return rows.map(toMetricRecord);
    },

    /** Every saved definition of these metrics, oldest version first. */
    async findDefinitions(metricIds: readonly string[]): Promise<MetricDefinitionRecord[]> {
      const rows = await db.metricDefinition.findMany({
        where: { metricId: { in: [...metricIds] } },
        orderBy: [{ metricId: "asc" }, { version: "asc" }],
      });
      return rows.map(toDefinitionRecord);
    },

    /** Every section each metric is placed in, by priority, scorecard and section position. */
    async findPlacements(metricIds: readonly string[]): Promise<SectionPlacementRecord[]> {
      const rows = await db.sectionMetric.findMany({
        where: { metricId: { in: [...metricIds] } },
        select: {
          metricId: true,
          position: true,
          section: {
            select: {
              id: true,
              title: true,
              scorecard: { select: { id: true, title: true, priority: { select: { number: true } } } },
            },
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
        sectionId: r.section.id,
        sectionTitle: r.section.title,
        scorecardId: r.section.scorecard.id,
        scorecardTitle: r.section.scorecard.title,
        priorityNumber: r.section.scorecard.priority.number,
        position: r.position,
      }));
    },

    /** The audit events of these metrics, newest first. */
    async findHistory(metricIds: readonly string[]): Promise<AuditEventRecord[]> {
      const rows = await db.auditEvent.findMany({
        where: { entityType: "Metric", entityId: { in: [...metricIds] } },
        orderBy: [{ at: "desc" }, { id: "desc" }],
      });
      return rows.map(toAuditRecord);
    },

    /** A stored period's status and publication time; null for a code that names no stored period. */
    async findPublication(code: string): Promise<PeriodPublicationRecord | null> {
      const { rows } = await pool.query<PeriodPublicationRecord>(
        `SELECT code, status::text AS status,
                to_char("publishedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "publishedAt"
         FROM "ReportingPeriod" WHERE code = $1`,
        [code],
      );
      return rows[0] ?? null;
    },
  };
}

export type MetricCatalogueRepository = ReturnType<typeof metricCatalogueRepository>;
