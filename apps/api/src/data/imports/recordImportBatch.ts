import { recordAudit } from "../audit/recordAudit.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { ImportBatchInput } from "./importBatchTypes.ts";

/**
 * Writes the ImportBatch row and the one audit event that describes the whole file (summary,
 * counts, sha256), inside the transaction that writes the rows. Rows are not audited one by
 * one: each changed row's version is bumped and its source names the batch, which is enough
 * to trace it, and 100,000 audit rows would triple the cost of a large load.
 */
export async function recordImportBatch(
  tx: Prisma.TransactionClient,
  kind: "OBSERVATIONS" | "BENCHMARKS",
  batch: ImportBatchInput,
): Promise<number> {
  const { actor, requestId, ...counts } = batch;
  const created = await tx.importBatch.create({ data: { kind, ...counts, userId: actor.id } });
  const noun = kind === "OBSERVATIONS" ? "observation" : "benchmark";
  await recordAudit(tx, {
    actor,
    action: `${noun}.import`,
    entityType: "ImportBatch",
    entityId: created.id,
    before: null,
    after: {
      summary: `${batch.fileName}: ${batch.added} added, ${batch.changed} changed, ${batch.unchanged} unchanged`,
      kind,
      ...counts,
    },
    requestId,
  });
  return created.id;
}
