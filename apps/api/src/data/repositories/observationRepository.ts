// Observations are read in batches through the per-request loader, whose plain SQL skips the
// metrics whose rows a process already holds (hot/observationsLoader.ts). A write and the reads it
// depends on are Prisma on the transaction's client (docs/decisions/0012-one-read-path.md).
import { monthKeyOf, monthStart } from "@pcc/domain";
import type pg from "pg";
import type { RequestFreshness } from "../../cache/requestFreshness.ts";
import type { Tx } from "../client.ts";
import type { Observation } from "../generated/prisma/client.ts";
import { observationsLoader } from "../hot/observationsLoader.ts";
import type { ObservationRecord } from "../records.ts";

type Row = Observation & { area: { code: string } };
const withArea = { area: { select: { code: true } } } as const;

const toRecord = (o: Row): ObservationRecord => ({
  id: o.id,
  metricId: o.metricId,
  areaId: o.areaId,
  area: o.area.code,
  breakdown: o.breakdown,
  periodStart: monthKeyOf(o.periodStart),
  periodEnd: monthKeyOf(o.periodEnd),
  value: o.value,
  lower: o.lower,
  upper: o.upper,
  numerator: o.numerator,
  denominator: o.denominator,
  illustrative: o.illustrative,
  sourceRelease: o.sourceRelease,
  note: o.note,
  version: o.version,
  updatedAt: o.updatedAt.toISOString(),
});

export interface ObservationValues {
  metricId: string;
  areaId: number;
  breakdown: string;
  periodStart: string;
  periodEnd: string;
  value: number;
  lower: number | null;
  upper: number | null;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
}

const toColumns = (v: ObservationValues) => ({
  metricId: v.metricId,
  areaId: v.areaId,
  breakdown: v.breakdown,
  periodStart: monthStart(v.periodStart),
  periodEnd: monthStart(v.periodEnd),
  value: v.value,
  lower: v.lower,
  upper: v.upper,
  numerator: v.numerator,
  denominator: v.denominator,
  note: v.note,
});

export function observationRepository(pool: pg.Pool) {
  return {
    /** A new per-request loader of each metric's observations, oldest period first. */
    newLoaderByMetric: (freshness: RequestFreshness) => observationsLoader(pool, freshness),
  };
}

/** An observation's reads and writes inside one transaction. */
export function observationWrites(tx: Tx) {
  return {
    async findById(id: number): Promise<ObservationRecord | null> {
      const row = await tx.observation.findUnique({ where: { id }, include: withArea });
      return row ? toRecord(row) : null;
    },

    async findBySeriesPeriod(key: {
      metricId: string;
      areaId: number;
      breakdown: string;
      periodStart: string;
      periodEnd: string;
    }): Promise<ObservationRecord | null> {
      const row = await tx.observation.findFirst({
        // Named one by one: callers may pass a wider object (all the values) as the key.
        where: {
          metricId: key.metricId,
          areaId: key.areaId,
          breakdown: key.breakdown,
          periodStart: monthStart(key.periodStart),
          periodEnd: monthStart(key.periodEnd),
        },
        include: withArea,
      });
      return row ? toRecord(row) : null;
    },

    async create(values: ObservationValues, sourceRelease: string): Promise<ObservationRecord> {
      const row = await tx.observation.create({
        data: { ...toColumns(values), sourceRelease },
        include: withArea,
      });
      return toRecord(row);
    },

    /** Optimistic concurrency: changes the row only if it is still at `expectedVersion`; returns rows changed. */
    async updateIfVersion(id: number, expectedVersion: number, values: ObservationValues): Promise<number> {
      const { count } = await tx.observation.updateMany({
        where: { id, version: expectedVersion },
        data: { ...toColumns(values), illustrative: false, version: { increment: 1 } },
      });
      return count;
    },
  };
}

export type ObservationRepository = ReturnType<typeof observationRepository>;
export type ObservationWrites = ReturnType<typeof observationWrites>;
