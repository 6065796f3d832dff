import type { GraphQLContext } from "../../context.ts";
import type { ObservationRecord } from "../../data/records.ts";
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
  return ctx.repos.transaction(async (tx) => {
    if (await tx.observations.findBySeriesPeriod(values)) {
      throw new ValidationFailed([
        {
          field: "input.periodEnd",
          message: "an observation already exists for this series and period: correct it instead",
        },
      ]);
    }
    const created = await tx.observations.create(values, `Entered by ${viewer.email}`);
    await tx.audit.record({
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
