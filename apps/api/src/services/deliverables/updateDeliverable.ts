import type { GraphQLContext } from "../../context.ts";
import type { DeliverableRecord } from "../../data/records.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { parseId } from "../shared/parseId.ts";
import { requireEditor } from "../shared/requireEditor.ts";
import { checkDeliverableFields } from "./checkDeliverableFields.ts";
import { saveDeliverableVersion } from "./saveDeliverableVersion.ts";

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
  reason?: string | null,
): Promise<DeliverableRecord> {
  const viewer = requireEditor(ctx);
  const checks = new FieldChecks();
  const dueDate = checkDeliverableFields(checks, input);
  checks.throwIfAny();
  const deliverableId = parseId("Deliverable", id);
  return saveDeliverableVersion(
    ctx,
    viewer,
    deliverableId,
    expectedVersion,
    "deliverable.update",
    {
      ...(input.progress != null && { progress: input.progress }),
      ...(input.note !== undefined && { note: input.note?.trim() || null }),
      // New due text is read afresh: an editor's correction of the old text's date no longer applies.
      ...(input.due != null && {
        due: input.due.trim(),
        dueDate: dueDate ? new Date(dueDate) : null,
        dueDateSource: "PARSED" as const,
      }),
    },
    reason,
  );
}
