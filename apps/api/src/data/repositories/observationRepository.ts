import { monthStart as fromMonth, monthKeyOf as toMonth } from "@pcc/domain";
import type { DbClient, Tx } from "../client.ts";
import type { Observation } from "../generated/prisma/client.ts";
import type { AreaRecord, ObservationRecord } from "../records.ts";

type Row = Observation & { area: { code: string } };
const withArea = { area: { select: { code: true } } } as const;

const toRecord = (o: Row): ObservationRecord => ({
  id: o.id,
  metricId: o.metricId,
  areaId: o.areaId,
  area: o.area.code,
  breakdown: o.breakdown,
  periodStart: toMonth(o.periodStart),
  periodEnd: toMonth(o.periodEnd),
  value: o.value,
  lower: o.ciLower,
  upper: o.ciUpper,
  numerator: o.numerator,
  denominator: o.denominator,
  illustrative: o.isIllustrative,
  sourceRelease: o.sourceRelease,
  note: o.note,
  version: o.version,
  updatedAt: o.updatedAt.toISOString(),
});

/** Every observation of a batch of metrics, oldest period first. */
export async function findObservationsByMetricIds(
  db: DbClient,
  metricIds: readonly string[],
): Promise<ObservationRecord[]> {
  const rows = await db.observation.findMany({
    where: { metricId: { in: [...metricIds] } },
    orderBy: [{ periodEnd: "asc" }, { periodStart: "asc" }, { id: "asc" }],
    include: withArea,
  });
  return rows.map(toRecord);
}

export async function findObservationById(db: DbClient, id: number): Promise<ObservationRecord | null> {
  const row = await db.observation.findUnique({ where: { id }, include: withArea });
  return row ? toRecord(row) : null;
}

export async function findObservationBySeriesPeriod(
  db: DbClient,
  key: { metricId: string; areaId: number; breakdown: string; periodStart: string; periodEnd: string },
): Promise<ObservationRecord | null> {
  const row = await db.observation.findFirst({
    // Named one by one: callers may pass a wider object (all the values) as the key.
    where: {
      metricId: key.metricId,
      areaId: key.areaId,
      breakdown: key.breakdown,
      periodStart: fromMonth(key.periodStart),
      periodEnd: fromMonth(key.periodEnd),
    },
    include: withArea,
  });
  return row ? toRecord(row) : null;
}

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
  periodStart: fromMonth(v.periodStart),
  periodEnd: fromMonth(v.periodEnd),
  value: v.value,
  ciLower: v.lower,
  ciUpper: v.upper,
  numerator: v.numerator,
  denominator: v.denominator,
  note: v.note,
});

export async function createObservation(
  tx: Tx,
  values: ObservationValues,
  sourceRelease: string,
): Promise<ObservationRecord> {
  const row = await tx.observation.create({
    data: { ...toColumns(values), sourceRelease },
    include: withArea,
  });
  return toRecord(row);
}

/** Optimistic concurrency: changes the row only if it is still at `expectedVersion`; returns rows changed. */
export async function updateObservationIfVersion(
  tx: Tx,
  id: number,
  expectedVersion: number,
  values: ObservationValues,
): Promise<number> {
  const { count } = await tx.observation.updateMany({
    where: { id, version: expectedVersion },
    data: { ...toColumns(values), isIllustrative: false, version: { increment: 1 } },
  });
  return count;
}

export async function listAreas(db: DbClient): Promise<AreaRecord[]> {
  return db.area.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }] });
}
