import type { GraphQLContext } from "../../context.ts";
import type { StatementKindValue, StatementRecord } from "../../data/records.ts";
import { findStoredPeriod } from "../periods/findStoredPeriod.ts";
import { getPriority } from "../priorities/getPriority.ts";
import { checkCorrectionReason } from "../quarters/correctionReason.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { requireEditor } from "../shared/requireEditor.ts";
import { statementSnapshot } from "./presentStatement.ts";

export const STATEMENT_MAX = 2000;

export interface NewStatement {
  priority: number;
  kind: StatementKindValue;
  text: string;
  period?: string | null;
  position?: number | null;
}

/** Adds an outcome, focus item or risk at `position` (default: the end), moving later ones down. */
export async function addStatement(
  ctx: GraphQLContext,
  input: NewStatement,
  correction?: string | null,
): Promise<StatementRecord> {
  const viewer = requireEditor(ctx);
  const checks = new FieldChecks();
  const priority = await getPriority(ctx, input.priority);
  checks.check(priority !== null, "input.priority", `priority ${input.priority} does not exist`);
  checks.text(input.text, "input.text", STATEMENT_MAX);
  const period = await findStoredPeriod(ctx, input.period, "input.period", checks);
  if (input.position != null) checks.check(input.position >= 0, "input.position", "must be 0 or more");
  const reason = checkCorrectionReason(checks, period, correction);
  checks.throwIfAny();
  const list = { priorityId: priority!.id, reportingPeriodId: period!.id, kind: input.kind };
  return ctx.repos.transaction(async (tx) => {
    const existing = await tx.statements.findList(list);
    const position = Math.min(input.position ?? existing.length, existing.length);
    await tx.statements.shiftFrom(list, position);
    const created = await tx.statements.create({ ...list, text: input.text.trim(), position });
    await tx.audit.record({
      actor: viewer,
      action: "statement.add",
      entityType: "Statement",
      entityId: created.id,
      before: null,
      after: statementSnapshot(created),
      reason,
      requestId: ctx.requestId,
    });
    return created;
  });
}
