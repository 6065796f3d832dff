import type { GraphQLContext } from "../../context.ts";
import { recordAudit } from "../../data/audit/recordAudit.ts";
import type { ObservationRecord } from "../../data/records.ts";
import {
  createObservation,
  findObservationBySeriesPeriod,
} from "../../data/repositories/observationRepository.ts";
import { withTransaction } from "../../data/withTransaction.ts";
import { ValidationFailed } from "../../errors.ts";
import { requireEditor } from "../shared/requireEditor.ts";
import { checkObservationInput, type ObservationInput } from "./checkObservationInput.ts";
import { observationSnapshot } from "./presentObservation.ts";

/** Records a new observation; one that already exists for the series and period must be corrected instead. */
export async function recordObservation(
  ctx: GraphQLContext,
  input: ObservationInput,
): Promise<ObservationRecord> {
  const viewer = requireEditor(ctx);
  const { values } = await checkObservationInput(ctx, input);
  return withTransaction(ctx.db, async (tx) => {
    if (await findObservationBySeriesPeriod(tx, values)) {
      throw new ValidationFailed([
        {
          field: "input.periodEnd",
          message: "an observation already exists for this series and period: correct it instead",
        },
      ]);
    }
    const created = await createObservation(tx, values, `Entered by ${viewer.email}`);
    await recordAudit(tx, {
      actor: viewer,
      action: "observation.record",
      entityType: "Observation",
      entityId: created.id,
      before: null,
      after: observationSnapshot(created),
      requestId: ctx.requestId,
    });
    return created;
  });
}
