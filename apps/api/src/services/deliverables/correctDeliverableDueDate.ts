import { dueDateProblem } from "@pcc/domain";
import type { GraphQLContext } from "../../context.ts";
import type { DeliverableRecord } from "../../data/records.ts";
import { notFound } from "../../errors.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { parseId } from "../shared/parseId.ts";
import { requireEditor } from "../shared/requireEditor.ts";
import { saveDeliverableVersion } from "./saveDeliverableVersion.ts";

/**
 * Puts right a due date the due text was misread as ("Contract start April 2023" read as 30 April
 * when the contract ends a year later): the date an editor gives replaces it and is marked EDITOR,
 * the text stays as the report wrote it. Checked by the domain's rule, the one the edit form uses. In a
 * published quarter it is a correction and needs a reason, like every write there.
 */
export async function correctDeliverableDueDate(
  ctx: GraphQLContext,
  id: string,
  dueDate: string,
  expectedVersion: number,
  reason?: string | null,
): Promise<DeliverableRecord> {
  const viewer = requireEditor(ctx);
  const deliverableId = parseId("Deliverable", id);
  const current = await ctx.repos.deliverables.findById(deliverableId);
  if (!current) throw notFound("Deliverable", deliverableId);
  const checks = new FieldChecks();
  const problem = dueDateProblem(dueDate.trim(), current.startDate);
  if (problem) checks.fail("dueDate", problem);
  checks.throwIfAny();
  return saveDeliverableVersion(
    ctx,
    viewer,
    deliverableId,
    expectedVersion,
    "deliverable.correct",
    { dueDate: new Date(dueDate.trim()), dueDateSource: "EDITOR" },
    reason,
  );
}
