import type { GraphQLContext } from "../../context.ts";
import type { StatementKindValue, StatementRecord } from "../../data/records.ts";
import { findStoredPeriod } from "../periods/findStoredPeriod.ts";
import { getPriority } from "../priorities/getPriority.ts";
import { checkCorrectionReason } from "../quarters/correctionReason.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { requireEditor } from "../shared/requireEditor.ts";
import { checkReorder } from "./checkReorder.ts";

/** Puts a priority's statements of one kind in the given order (positions 0..n-1). */
export async function reorderStatements(
  ctx: GraphQLContext,
  args: {
    priority: number;
    kind: StatementKindValue;
    period?: string | null;
    ids: string[];
    reason?: string | null;
  },
): Promise<StatementRecord[]> {
  const viewer = requireEditor(ctx);
  const checks = new FieldChecks();
  const priority = await getPriority(ctx, args.priority);
  checks.check(priority !== null, "priority", `priority ${args.priority} does not exist`);
  const period = await findStoredPeriod(ctx, args.period, "period", checks);
  const reason = checkCorrectionReason(checks, period, args.reason);
  checks.throwIfAny();
  const list = { priorityId: priority!.id, reportingPeriodId: period!.id, kind: args.kind };
  return ctx.repos.transaction(async (tx) => {
    const before = await tx.statements.findList(list);
    const order = checkReorder(
      checks,
      before.map((s) => s.id),
      args.ids,
    );
    checks.throwIfAny();
    for (const [position, id] of order.entries()) await tx.statements.setPosition(id, position);
    await tx.audit.record({
      actor: viewer,
      action: "statement.reorder",
      entityType: "StatementList",
      entityId: `${priority!.number}/${period!.code}/${args.kind}`,
      before: { order: before.map((s) => s.id) },
      after: { order },
      reason,
      requestId: ctx.requestId,
    });
    return tx.statements.findList(list);
  });
}
