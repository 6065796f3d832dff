// Benchmarks and what they are compared with (comparators, most similar groups). The drill-down's
// reads are plain SQL through the pool; a write and the reads it depends on are Prisma on the
// transaction's client (docs/decisions/0012-one-read-path.md).
import { isoDateOf, monthKeyOf, monthStart } from "@pcc/domain";
import type pg from "pg";
import type { DbClient, Tx } from "../client.ts";
import type { Benchmark } from "../generated/prisma/client.ts";
import type { BenchmarkRecord, ComparatorRecord, MostSimilarGroupRecord } from "../records.ts";

const toBenchmark = (b: Benchmark): BenchmarkRecord => ({
  id: b.id,
  metricId: b.metricId,
  comparatorId: b.comparatorId,
  mostSimilarGroupId: b.mostSimilarGroupId,
  periodStart: monthKeyOf(b.periodStart),
  periodEnd: monthKeyOf(b.periodEnd),
  value: b.value,
  lower: b.lower,
  upper: b.upper,
  rank: b.rank,
  rankOutOf: b.rankOutOf,
  source: b.source,
  note: b.note,
  illustrative: b.illustrative,
  version: b.version,
  updatedAt: b.updatedAt.toISOString(),
});

export interface BenchmarkKey {
  metricId: string;
  comparatorId: number;
  periodStart: string;
  periodEnd: string;
}

export interface BenchmarkValues {
  value: number;
  lower: number | null;
  upper: number | null;
  note: string | null;
}

/** A BenchmarkRecord's columns, also read as JSON by the prefetching statements (prefetchRepository.ts). */
export const BENCHMARK_COLUMNS = `id, "metricId", "comparatorId", "mostSimilarGroupId",
  to_char("periodStart", 'YYYY-MM') AS "periodStart", to_char("periodEnd", 'YYYY-MM') AS "periodEnd",
  value, "ciLower" AS lower, "ciUpper" AS upper, rank, "rankOutOf", source, note,
  "isIllustrative" AS illustrative, version,
  to_char("updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt"`;
export const BENCHMARK_ORDER = `"periodEnd", "comparatorId"`;

export function benchmarkRepository(pool: pg.Pool, db: DbClient) {
  return {
    /** Oldest period first, then by comparator. */
    async findByMetricIds(metricIds: readonly string[]): Promise<BenchmarkRecord[]> {
      const { rows } = await pool.query<BenchmarkRecord>({
        name: "benchmarks-by-metric-ids",
        text: `SELECT ${BENCHMARK_COLUMNS} FROM "Benchmark" WHERE "metricId" = ANY($1::text[]) ORDER BY ${BENCHMARK_ORDER}`,
        values: [metricIds],
      });
      return rows;
    },

    async listComparators(): Promise<ComparatorRecord[]> {
      const { rows } = await pool.query<ComparatorRecord>(
        `SELECT id, code, name, kind::text AS kind, "isHomeForce", population
         FROM "Comparator" ORDER BY kind, name`,
      );
      return rows;
    },

    /** Newest first, each with its members' comparator ids. */
    async listMostSimilarGroups(): Promise<MostSimilarGroupRecord[]> {
      const rows = await db.mostSimilarGroup.findMany({
        orderBy: [{ validFrom: "desc" }, { id: "asc" }],
        include: { members: { select: { comparatorId: true } } },
      });
      return rows.map((g) => ({
        id: g.id,
        homeForceId: g.homeForceId,
        publisher: g.publisher,
        label: g.label,
        validFrom: isoDateOf(g.validFrom),
        validTo: g.validTo ? isoDateOf(g.validTo) : null,
        note: g.note,
        memberIds: g.members.map((m) => m.comparatorId),
      }));
    },
  };
}

/** A benchmark's reads and writes inside one transaction. */
export function benchmarkWrites(tx: Tx) {
  return {
    async findByKey(key: BenchmarkKey): Promise<BenchmarkRecord | null> {
      const row = await tx.benchmark.findFirst({
        where: {
          metricId: key.metricId,
          comparatorId: key.comparatorId,
          periodStart: monthStart(key.periodStart),
          periodEnd: monthStart(key.periodEnd),
        },
      });
      return row ? toBenchmark(row) : null;
    },

    async findById(id: number): Promise<BenchmarkRecord | null> {
      const row = await tx.benchmark.findUnique({ where: { id } });
      return row ? toBenchmark(row) : null;
    },

    async create(key: BenchmarkKey, values: BenchmarkValues, source: string): Promise<BenchmarkRecord> {
      const row = await tx.benchmark.create({
        data: {
          ...key,
          periodStart: monthStart(key.periodStart),
          periodEnd: monthStart(key.periodEnd),
          value: values.value,
          lower: values.lower,
          upper: values.upper,
          note: values.note,
          source,
        },
      });
      return toBenchmark(row);
    },

    /** Optimistic concurrency: changes the row only if it is still at `expectedVersion`; returns rows changed. */
    async updateIfVersion(id: number, expectedVersion: number, values: BenchmarkValues): Promise<number> {
      const { count } = await tx.benchmark.updateMany({
        where: { id, version: expectedVersion },
        data: {
          value: values.value,
          lower: values.lower,
          upper: values.upper,
          note: values.note,
          illustrative: false,
          version: { increment: 1 },
        },
      });
      return count;
    },
  };
}

export type BenchmarkRepository = ReturnType<typeof benchmarkRepository>;
export type BenchmarkWrites = ReturnType<typeof benchmarkWrites>;
