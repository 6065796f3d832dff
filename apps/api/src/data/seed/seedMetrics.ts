import { monthStart } from "@pcc/domain";
import type { SeedData } from "@pcc/seed";
import type { Tx } from "../client.ts";
import type { ReferenceIds } from "./seedReference.ts";

function metricRows(data: SeedData) {
  return data.metrics.map(({ processChanges: _, dataCaptureStart, ...m }) => ({
    ...m,
    dataCaptureStart: dataCaptureStart ? monthStart(dataCaptureStart) : null,
  }));
}

// Thousands of observations through createMany took ~11 s on PGlite under load (Prisma sends them as
// parameter-heavy multi-row statements); one JSON parameter expanded by json_populate_recordset takes
// ~1 s. ON CONFLICT DO NOTHING on the natural key keeps it insert-only.
async function insertObservations(tx: Tx, data: SeedData, ids: ReferenceIds): Promise<number> {
  // json_populate_recordset matches JSON keys to column names, which @map keeps as they were.
  const rows = data.observations.map(
    ({ area, periodStart, periodEnd, lower, upper, illustrative, ...o }) => ({
      ...o,
      ciLower: lower,
      ciUpper: upper,
      isIllustrative: illustrative,
      areaId: ids.area.get(area)!,
      periodStart: `${periodStart}-01`,
      periodEnd: `${periodEnd}-01`,
    }),
  );
  const columns = `"metricId", "areaId", "breakdown", "periodStart", "periodEnd", "value", "numerator", "denominator", "ciLower", "ciUpper", "sourceRelease", "isIllustrative", "note"`;
  return tx.$executeRawUnsafe(
    `INSERT INTO "Observation" (${columns}, "updatedAt")
     SELECT ${columns}, now() FROM json_populate_recordset(NULL::"Observation", $1::json)
     ON CONFLICT DO NOTHING`,
    JSON.stringify(rows),
  );
}

function benchmarkRows(data: SeedData, ids: ReferenceIds) {
  return data.benchmarks.map(({ comparator, isMostSimilarGroup, periodStart, periodEnd, ...b }) => ({
    ...b,
    comparatorId: ids.comparator.get(comparator)!,
    mostSimilarGroupId: isMostSimilarGroup ? (ids.group ?? null) : null,
    periodStart: monthStart(periodStart),
    periodEnd: monthStart(periodEnd),
  }));
}

/** Metrics, declared process changes, observations and benchmarks, keyed naturally; existing rows are kept as they are. */
export async function seedMetrics(tx: Tx, data: SeedData, ids: ReferenceIds): Promise<number> {
  let created = (await tx.metric.createMany({ data: metricRows(data), skipDuplicates: true })).count;
  const changes = data.metrics.flatMap((m) =>
    (m.processChanges ?? []).map((c) => ({ metricId: m.id, month: monthStart(c.month), label: c.label })),
  );
  created += (await tx.processChange.createMany({ data: changes, skipDuplicates: true })).count;
  created += await insertObservations(tx, data, ids);
  created += (await tx.benchmark.createMany({ data: benchmarkRows(data, ids), skipDuplicates: true })).count;
  return created;
}
