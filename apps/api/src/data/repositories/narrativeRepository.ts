import type { DbClient, Tx } from "../client.ts";
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

export async function findNarrativesByMetricIds(
  db: DbClient,
  metricIds: readonly string[],
): Promise<NarrativeRecord[]> {
  const rows = await db.narrativeSentence.findMany({
    where: { metricId: { in: [...metricIds] } },
    orderBy: { id: "asc" },
  });
  return rows.map(toRecord);
}

export interface NarrativeKey {
  metricId: string;
  reportingPeriodId: number;
  key: string;
}

export async function findNarrative(db: DbClient, key: NarrativeKey): Promise<NarrativeRecord | null> {
  const row = await db.narrativeSentence.findUnique({ where: { metricId_reportingPeriodId_key: key } });
  return row ? toRecord(row) : null;
}

export interface NarrativeValues {
  generatedText: string;
  text: string;
  status: "ACCEPTED" | "EDITED";
  generatorVersion: string;
}

/**
 * First save of a draft. Returns false when someone saved the same sentence first: ON CONFLICT DO
 * NOTHING keeps the transaction usable, so the caller can still read the winner for the CONFLICT.
 */
export async function createNarrative(tx: Tx, key: NarrativeKey, values: NarrativeValues): Promise<boolean> {
  const { count } = await tx.narrativeSentence.createMany({
    data: [{ ...key, ...values }],
    skipDuplicates: true,
  });
  return count === 1;
}

export async function updateNarrativeIfVersion(
  tx: Tx,
  id: number,
  expectedVersion: number,
  values: NarrativeValues,
): Promise<number> {
  const { count } = await tx.narrativeSentence.updateMany({
    where: { id, version: expectedVersion },
    data: { ...values, version: { increment: 1 } },
  });
  return count;
}
