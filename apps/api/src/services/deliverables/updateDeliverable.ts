import type { GraphQLContext } from "../../context.ts";
import { recordAudit } from "../../data/audit/recordAudit.ts";
import type { DeliverableRecord } from "../../data/records.ts";
import {
  findDeliverableById,
  updateDeliverableIfVersion,
} from "../../data/repositories/deliverableRepository.ts";
import { withTransaction } from "../../data/withTransaction.ts";
import { notFound } from "../../errors.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { failOnStaleVersion } from "../shared/failOnStaleVersion.ts";
import { parseId } from "../shared/parseId.ts";
import { requireEditor } from "../shared/requireEditor.ts";
import { deliverableSnapshot } from "./auditSnapshot.ts";
import { checkDeliverableFields } from "./checkDeliverableFields.ts";
import { presentDeliverable } from "./presentDeliverable.ts";
import { statusDate } from "./statusDate.ts";

export interface DeliverableChanges {
  progress?: number | null;
  note?: string | null;
  due?: string | null;
}

/** Updates progress, note and due date, if the record is still at the version the editor saw. */
export async function updateDeliverable(
  ctx: GraphQLContext,
  id: string,
  input: DeliverableChanges,
  expectedVersion: number,
): Promise<DeliverableRecord> {
  const viewer = requireEditor(ctx);
  const checks = new FieldChecks();
  const dueDate = checkDeliverableFields(checks, input);
  checks.throwIfAny();
  const deliverableId = parseId("Deliverable", id);
  const asOf = await statusDate(ctx);
  return withTransaction(ctx.db, async (tx) => {
    const before = await findDeliverableById(tx, deliverableId);
    if (!before) throw notFound("Deliverable", id);
    const changed = await updateDeliverableIfVersion(tx, deliverableId, expectedVersion, {
      ...(input.progress != null && { progress: input.progress }),
      ...(input.note !== undefined && { note: input.note?.trim() || null }),
      ...(input.due != null && { dueText: input.due.trim(), dueDate: dueDate ? new Date(dueDate) : null }),
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
      action: "deliverable.update",
      entityType: "Deliverable",
      entityId: deliverableId,
      before: deliverableSnapshot(before),
      after: deliverableSnapshot(after),
      requestId: ctx.requestId,
    });
    return after;
  });
}
