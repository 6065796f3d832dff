import type { GraphQLContext } from "../../context.ts";
import type { ObservationRecord } from "../../data/records.ts";
import { notFound } from "../../errors.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { failOnStaleVersion } from "../shared/failOnStaleVersion.ts";
import { parseId } from "../shared/parseId.ts";
import { requireEditor } from "../shared/requireEditor.ts";
import { checkObservationInput, type ObservationInput } from "./checkObservationInput.ts";
import { observationSnapshot, presentObservation } from "./presentObservation.ts";

/** A correction changes value, interval and note; which series and period it is stays fixed. */
function checkSameSeries(checks: FieldChecks, existing: ObservationRecord, input: ObservationInput): void {
  const fixed = "cannot change: record a new observation instead";
  checks.check(existing.metricId === input.metricId, "input.metricId", fixed);
  checks.check(existing.area === (input.area ?? "force"), "input.area", fixed);
  checks.check(existing.breakdown === (input.breakdown?.trim() ?? ""), "input.breakdown", fixed);
  checks.check(existing.periodStart === input.periodStart, "input.periodStart", fixed);
  checks.check(existing.periodEnd === input.periodEnd, "input.periodEnd", fixed);
  checks.throwIfAny();
}

export async function correctObservation(
  ctx: GraphQLContext,
  id: string,
  input: ObservationInput,
  expectedVersion: number,
): Promise<ObservationRecord> {
  const viewer = requireEditor(ctx);
  const observationId = parseId("Observation", id);
  const { values } = await checkObservationInput(ctx, input);
  return ctx.repos.transaction(async (tx) => {
    const before = await tx.observations.findById(observationId);
    if (!before) throw notFound("Observation", id);
    checkSameSeries(new FieldChecks(), before, input);
    if ((await tx.observations.updateIfVersion(observationId, expectedVersion, values)) === 0) {
      return failOnStaleVersion(
        "Observation",
        id,
        () => tx.observations.findById(observationId),
        presentObservation,
      );
    }
    const after = (await tx.observations.findById(observationId))!;
    await tx.audit.record({
      actor: viewer,
      action: "observation.correct",
      entityType: "Observation",
      entityId: observationId,
      before: observationSnapshot(before),
      after: observationSnapshot(after),
      requestId: ctx.requestId,
    });
    return after;
  });
}
