import type { GraphQLContext } from "../../context.ts";
import type { DeliverableRecord } from "../../data/records.ts";
import { findStoredPeriod } from "../periods/findStoredPeriod.ts";
import { getPriority } from "../priorities/getPriority.ts";
import { checkCorrectionReason } from "../quarters/correctionReason.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { requireEditor } from "../shared/requireEditor.ts";
import { deliverableSnapshot } from "./auditSnapshot.ts";
import { ACTION_MAX, checkDeliverableFields } from "./checkDeliverableFields.ts";

export interface NewDeliverable {
  priority: number;
  action: string;
  due: string;
  progress: number;
  note?: string | null;
  /** The quarter it is added to; defaults to the current period. */
  period?: string | null;
}

/** Adds a deliverable at the end of a priority's list, in the quarter named (default: the current one). */
export async function addDeliverable(
  ctx: GraphQLContext,
  input: NewDeliverable,
  correction?: string | null,
): Promise<DeliverableRecord> {
  const viewer = requireEditor(ctx);
  const checks = new FieldChecks();
  const priority = await getPriority(ctx, input.priority);
  checks.check(priority !== null, "input.priority", `priority ${input.priority} does not exist`);
  checks.text(input.action, "input.action", ACTION_MAX);
  const dueDate = checkDeliverableFields(checks, input);
  const period = await findStoredPeriod(ctx, input.period, "input.period", checks);
  const reason = checkCorrectionReason(checks, period, correction);
  checks.throwIfAny();
  return ctx.repos.transaction(async (tx) => {
    const created = await tx.deliverables.create({
      priorityId: priority!.id,
      reportingPeriodId: period!.id,
      action: input.action.trim(),
      due: input.due.trim(),
      dueDate: dueDate ? new Date(dueDate) : null,
      // Work is taken to begin with the quarter the deliverable is first reported in; the slip
      // warning measures the time gone from then.
      startDate: new Date(`${period.start}-01`),
      progress: input.progress,
      note: input.note?.trim() || null,
      position: await tx.deliverables.nextPosition(priority!.id),
    });
    await tx.audit.record({
      actor: viewer,
      action: "deliverable.add",
      entityType: "Deliverable",
      entityId: created.id,
      before: null,
      after: deliverableSnapshot(created),
      reason,
      requestId: ctx.requestId,
    });
    return created;
  });
}
