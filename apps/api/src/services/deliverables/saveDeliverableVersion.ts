import type { GraphQLContext, Viewer } from "../../context.ts";
import { recordAudit } from "../../data/audit/recordAudit.ts";
import type { DeliverableRecord } from "../../data/records.ts";
import {
  findDeliverableById,
  updateDeliverableIfVersion,
} from "../../data/repositories/deliverableRepository.ts";
import { withTransaction } from "../../data/withTransaction.ts";
import { notFound } from "../../errors.ts";
import { failOnStaleVersion } from "../shared/failOnStaleVersion.ts";
import { deliverableSnapshot } from "./auditSnapshot.ts";
import { presentDeliverable } from "./presentDeliverable.ts";
import { statusDate } from "./statusDate.ts";

type DeliverableRowChanges = Parameters<typeof updateDeliverableIfVersion>[3];

/**
 * The one path by which an editor changes a deliverable: in one transaction, apply `changes` only if
 * the row is still at `expectedVersion` (else CONFLICT carrying the current record), then append the
 * audit event with before and after.
 */
export async function saveDeliverableVersion(
  ctx: GraphQLContext,
  viewer: Viewer,
  deliverableId: number,
  expectedVersion: number,
  action: string,
  changes: DeliverableRowChanges,
): Promise<DeliverableRecord> {
  const asOf = await statusDate(ctx);
  return withTransaction(ctx.db, async (tx) => {
    const before = await findDeliverableById(tx, deliverableId);
    if (!before) throw notFound("Deliverable", deliverableId);
    const changed = await updateDeliverableIfVersion(tx, deliverableId, expectedVersion, changes);
    if (changed === 0) {
      return failOnStaleVersion(
        "Deliverable",
        String(deliverableId),
        () => findDeliverableById(tx, deliverableId),
        (current) => presentDeliverable(current, asOf),
      );
    }
    const after = (await findDeliverableById(tx, deliverableId))!;
    await recordAudit(tx, {
      actor: viewer,
      action,
      entityType: "Deliverable",
      entityId: deliverableId,
      before: deliverableSnapshot(before),
      after: deliverableSnapshot(after),
      requestId: ctx.requestId,
    });
    return after;
  });
}
