import type { GraphQLContext } from "../../context.ts";
import type { DeliverableRecord } from "../../data/records.ts";
import { parseId } from "../shared/parseId.ts";
import { requireEditor } from "../shared/requireEditor.ts";
import { saveDeliverableVersion } from "./saveDeliverableVersion.ts";

/** Retires (soft-deletes) a deliverable: it leaves the lists but its history stays. */
export async function retireDeliverable(
  ctx: GraphQLContext,
  id: string,
  expectedVersion: number,
  reason?: string | null,
): Promise<DeliverableRecord> {
  const viewer = requireEditor(ctx);
  const deliverableId = parseId("Deliverable", id);
  return saveDeliverableVersion(
    ctx,
    viewer,
    deliverableId,
    expectedVersion,
    "deliverable.retire",
    {
      retiredAt: new Date(),
    },
    reason,
  );
}
