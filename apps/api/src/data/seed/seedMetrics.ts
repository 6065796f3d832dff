import type { SeedData } from "@pcc/seed";
import type { Tx } from "../client.ts";
import { fromMonth } from "../months.ts";
import type { ReferenceIds } from "./seedReference.ts";

function metricRows(data: SeedData) {
  return data.metrics.map(({ processChanges: _, dataCaptureStart, ...m }) => ({
    ...m,
    dataCaptureStart: dataCaptureStart ? fromMonth(dataCaptureStart) : null,
  }));
}

function observationRows(data: SeedData, ids: ReferenceIds) {
  return data.observations.map(({ area, periodStart, periodEnd, ...o }) => ({
    ...o,
    areaId: ids.area.get(area)!,
    periodStart: fromMonth(periodStart),
    periodEnd: fromMonth(periodEnd),
  }));
}

// Sending thousands of rows only for the database to skip them is most of a restart's seeding time, so
// rows whose natural key is already present are left out before the insert.
async function missingObservations(tx: Tx, data: SeedData, ids: ReferenceIds) {
  const keyOf = (o: {
    metricId: string;
    areaId: number;
    breakdown: string;
    periodStart: Date;
    periodEnd: Date;
  }) => `${o.metricId}|${o.areaId}|${o.breakdown}|${o.periodStart.getTime()}|${o.periodEnd.getTime()}`;
  const select = {
    metricId: true,
    areaId: true,
    breakdown: true,
    periodStart: true,
    periodEnd: true,
  } as const;
  const present = new Set((await tx.observation.findMany({ select })).map(keyOf));
  return observationRows(data, ids).filter((o) => !present.has(keyOf(o)));
}

function benchmarkRows(data: SeedData, ids: ReferenceIds) {
  return data.benchmarks.map(({ comparator, isMostSimilarGroup, periodStart, periodEnd, ...b }) => ({
    ...b,
    comparatorId: ids.comparator.get(comparator)!,
    mostSimilarGroupId: isMostSimilarGroup ? (ids.group ?? null) : null,
    periodStart: fromMonth(periodStart),
    periodEnd: fromMonth(periodEnd),
  }));
}

/** Metrics, declared process changes, observations and benchmarks, keyed naturally; existing rows are kept as they are. */
export async function seedMetrics(tx: Tx, data: SeedData, ids: ReferenceIds): Promise<number> {
  let created = (await tx.metric.createMany({ data: metricRows(data), skipDuplicates: true })).count;
  const changes = data.metrics.flatMap((m) =>
    (m.processChanges ?? []).map((c) => ({ metricId: m.id, month: fromMonth(c.month), label: c.label })),
  );
  created += (await tx.processChange.createMany({ data: changes, skipDuplicates: true })).count;
  created += (
    await tx.observation.createMany({ data: await missingObservations(tx, data, ids), skipDuplicates: true })
  ).count;
  created += (await tx.benchmark.createMany({ data: benchmarkRows(data, ids), skipDuplicates: true })).count;
  return created;
}
