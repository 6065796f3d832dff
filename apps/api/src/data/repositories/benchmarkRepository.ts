import { monthStart as fromMonth, isoDateOf as toIsoDate, monthKeyOf as toMonth } from "@pcc/domain";
import type { DbClient, Tx } from "../client.ts";
import type { Benchmark, Comparator } from "../generated/prisma/client.ts";
import type { BenchmarkRecord, ComparatorRecord, MostSimilarGroupRecord } from "../records.ts";

const toBenchmark = (b: Benchmark): BenchmarkRecord => ({
  id: b.id,
  metricId: b.metricId,
  comparatorId: b.comparatorId,
  mostSimilarGroupId: b.mostSimilarGroupId,
  periodStart: toMonth(b.periodStart),
  periodEnd: toMonth(b.periodEnd),
  value: b.value,
  lower: b.ciLower,
  upper: b.ciUpper,
  rank: b.rank,
  rankOutOf: b.rankOutOf,
  source: b.source,
  note: b.note,
  illustrative: b.isIllustrative,
  version: b.version,
  updatedAt: b.updatedAt.toISOString(),
});

const toComparator = (c: Comparator): ComparatorRecord => ({
  id: c.id,
  code: c.code,
  name: c.name,
  kind: c.kind,
  isHomeForce: c.isHomeForce,
  population: c.population,
});

export async function findBenchmarksByMetricIds(
  db: DbClient,
  metricIds: readonly string[],
): Promise<BenchmarkRecord[]> {
  const rows = await db.benchmark.findMany({
    where: { metricId: { in: [...metricIds] } },
    orderBy: [{ periodEnd: "asc" }, { comparatorId: "asc" }],
  });
  return rows.map(toBenchmark);
}

export async function listComparators(db: DbClient): Promise<ComparatorRecord[]> {
  const rows = await db.comparator.findMany({ orderBy: [{ kind: "asc" }, { name: "asc" }] });
  return rows.map(toComparator);
}

export async function listMostSimilarGroups(db: DbClient): Promise<MostSimilarGroupRecord[]> {
  const rows = await db.mostSimilarGroup.findMany({
    orderBy: [{ validFrom: "desc" }, { id: "asc" }],
    include: { members: { select: { comparatorId: true } } },
  });
  return rows.map((g) => ({
    id: g.id,
    homeForceId: g.homeForceId,
    publisher: g.publisher,
    label: g.label,
    validFrom: toIsoDate(g.validFrom),
    validTo: g.validTo ? toIsoDate(g.validTo) : null,
    note: g.note,
    memberIds: g.members.map((m) => m.comparatorId),
  }));
}

export interface BenchmarkKey {
  metricId: string;
  comparatorId: number;
  periodStart: string;
  periodEnd: string;
}

export async function findBenchmarkByKey(db: DbClient, key: BenchmarkKey): Promise<BenchmarkRecord | null> {
  const row = await db.benchmark.findFirst({
    where: {
      metricId: key.metricId,
      comparatorId: key.comparatorId,
      periodStart: fromMonth(key.periodStart),
      periodEnd: fromMonth(key.periodEnd),
    },
  });
  return row ? toBenchmark(row) : null;
}

export interface BenchmarkValues {
  value: number;
  lower: number | null;
  upper: number | null;
  note: string | null;
}

export async function createBenchmark(
  tx: Tx,
  key: BenchmarkKey,
  values: BenchmarkValues,
  source: string,
): Promise<BenchmarkRecord> {
  const row = await tx.benchmark.create({
    data: {
      ...key,
      periodStart: fromMonth(key.periodStart),
      periodEnd: fromMonth(key.periodEnd),
      value: values.value,
      ciLower: values.lower,
      ciUpper: values.upper,
      note: values.note,
      source,
    },
  });
  return toBenchmark(row);
}

export async function updateBenchmarkIfVersion(
  tx: Tx,
  id: number,
  expectedVersion: number,
  values: BenchmarkValues,
): Promise<number> {
  const { count } = await tx.benchmark.updateMany({
    where: { id, version: expectedVersion },
    data: {
      value: values.value,
      ciLower: values.lower,
      ciUpper: values.upper,
      note: values.note,
      isIllustrative: false,
      version: { increment: 1 },
    },
  });
  return count;
}

export async function findBenchmarkById(db: DbClient, id: number): Promise<BenchmarkRecord | null> {
  const row = await db.benchmark.findUnique({ where: { id } });
  return row ? toBenchmark(row) : null;
}
