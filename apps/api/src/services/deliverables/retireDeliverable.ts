import type { GraphQLContext } from "../../context.ts";
import { recordAudit } from "../../data/audit/recordAudit.ts";
import type { DeliverableRecord } from "../../data/records.ts";
import {
  findDeliverableById,
  updateDeliverableIfVersion,
} from "../../data/repositories/deliverableRepository.ts";
import { withTransaction } from "../../data/withTransaction.ts";
import { notFound } from "../../errors.ts";
import { failOnStaleVersion } from "../shared/failOnStaleVersion.ts";
import { parseId } from "../shared/parseId.ts";
import { requireEditor } from "../shared/requireEditor.ts";
import { deliverableSnapshot } from "./auditSnapshot.ts";
import { presentDeliverable } from "./presentDeliverable.ts";
import { statusDate } from "./statusDate.ts";

/** Retires (soft-deletes) a deliverable: it leaves the lists but its history stays. */
export async function retireDeliverable(
  ctx: GraphQLContext,
  id: string,
  expectedVersion: number,
): Promise<DeliverableRecord> {
  const viewer = requireEditor(ctx);
  const deliverableId = parseId("Deliverable", id);
  const asOf = await statusDate(ctx);
  return withTransaction(ctx.db, async (tx) => {
    const before = await findDeliverableById(tx, deliverableId);
    if (!before) throw notFound("Deliverable", id);
    const changed = await updateDeliverableIfVersion(tx, deliverableId, expectedVersion, {
      retiredAt: new Date(),
    });
    if (changed === 0) {
      return failOnStaleVersion(
        "Deliverable",
        id,
        () => findDeliverableById(tx, deliverableId),
        (current) => presentDeliverable(current, asOf),
      );
    }
    const after = (await findDeliverableById(tx, deliverableId))!;
    await recordAudit(tx, {
      actor: viewer,
      action: "deliverable.retire",
      entityType: "Deliverable",
      entityId: deliverableId,
      before: deliverableSnapshot(before),
      after: deliverableSnapshot(after),
      requestId: ctx.requestId,
    });
    return after;
  });
}
