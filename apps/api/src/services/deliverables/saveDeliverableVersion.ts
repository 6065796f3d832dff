import type { GraphQLContext, Viewer } from "../../context.ts";
import type { DeliverableRecord } from "../../data/records.ts";
import type { DeliverableRowChanges } from "../../data/repositories/deliverableRepository.ts";
import { notFound } from "../../errors.ts";
import { correctionReasonFor } from "../quarters/correctionReason.ts";
import { failOnStaleVersion } from "../shared/failOnStaleVersion.ts";
import { deliverableSnapshot } from "./auditSnapshot.ts";
import { presentDeliverable } from "./presentDeliverable.ts";
import { statusDate } from "./statusDate.ts";

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
  correction?: string | null,
): Promise<DeliverableRecord> {
  const asOf = await statusDate(ctx);
  return ctx.repos.transaction(async (tx) => {
    const before = await tx.deliverables.findById(deliverableId);
    if (!before) throw notFound("Deliverable", deliverableId);
    const reason = await correctionReasonFor(tx, before.reportingPeriodId, correction);
    const changed = await tx.deliverables.updateIfVersion(deliverableId, expectedVersion, changes);
    if (changed === 0) {
      return failOnStaleVersion(
        "Deliverable",
        String(deliverableId),
        () => tx.deliverables.findById(deliverableId),
        (current) => presentDeliverable(current, asOf),
      );
    }
    const after = (await tx.deliverables.findById(deliverableId))!;
    await tx.audit.record({
      actor: viewer,
      action,
      entityType: "Deliverable",
      entityId: deliverableId,
      before: deliverableSnapshot(before),
      after: deliverableSnapshot(after),
      reason,
      requestId: ctx.requestId,
    });
    return after;
  });
}
