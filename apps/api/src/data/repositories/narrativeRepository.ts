// Drafted sentences as editors saved them. The drill-down's read is plain SQL through the pool; a
// save and the reads it depends on are Prisma on the transaction's client
// (docs/decisions/0012-one-read-path.md).
import type pg from "pg";
import type { Tx } from "../client.ts";
import type { NarrativeSentence } from "../generated/prisma/client.ts";
import type { NarrativeRecord } from "../records.ts";

const toRecord = (n: NarrativeSentence): NarrativeRecord => ({
  id: n.id,
  metricId: n.metricId,
  reportingPeriodId: n.reportingPeriodId,
  key: n.key,
  generatedText: n.generatedText,
  text: n.text,
  status: n.status,
  generatorVersion: n.generatorVersion,
  version: n.version,
});

export interface NarrativeKey {
  metricId: string;
  reportingPeriodId: number;
  key: string;
}

export interface NarrativeValues {
  generatedText: string;
  text: string;
  status: "ACCEPTED" | "EDITED";
  generatorVersion: string;
}

/** A NarrativeRecord's columns, also read as JSON by the prefetching statements (prefetchRepository.ts). */
export const NARRATIVE_COLUMNS = `id, "metricId", "reportingPeriodId", key, "generatedText", text, status::text AS status,
  "generatorVersion", version`;

export function narrativeRepository(pool: pg.Pool) {
  return {
    async findByMetricIds(metricIds: readonly string[]): Promise<NarrativeRecord[]> {
      const { rows } = await pool.query<NarrativeRecord>({
        name: "narratives-by-metric-ids",
        text: `SELECT ${NARRATIVE_COLUMNS} FROM "NarrativeSentence" WHERE "metricId" = ANY($1::text[]) ORDER BY id`,
        values: [metricIds],
      });
      return rows;
    },
  };
}

/** A sentence's reads and writes inside one transaction. */
export function narrativeWrites(tx: Tx) {
  return {
    async find(key: NarrativeKey): Promise<NarrativeRecord | null> {
      const row = await tx.narrativeSentence.findUnique({ where: { metricId_reportingPeriodId_key: key } });
      return row ? toRecord(row) : null;
    },

    /**
     * First save of a draft. Returns false when someone saved the same sentence first: ON CONFLICT DO
     * NOTHING keeps the transaction usable, so the caller can still read the winner for the CONFLICT.
     */
    async create(key: NarrativeKey, values: NarrativeValues): Promise<boolean> {
      const { count } = await tx.narrativeSentence.createMany({
        data: [{ ...key, ...values }],
        skipDuplicates: true,
      });
      return count === 1;
    },

    /** Optimistic concurrency: changes the row only if it is still at `expectedVersion`; returns rows changed. */
    async updateIfVersion(id: number, expectedVersion: number, values: NarrativeValues): Promise<number> {
      const { count } = await tx.narrativeSentence.updateMany({
        where: { id, version: expectedVersion },
        data: { ...values, version: { increment: 1 } },
      });
      return count;
    },
  };
}

export type NarrativeRepository = ReturnType<typeof narrativeRepository>;
export type NarrativeWrites = ReturnType<typeof narrativeWrites>;
