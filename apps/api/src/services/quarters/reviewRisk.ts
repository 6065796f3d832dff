import type { GraphQLContext } from "../../context.ts";
import type { StatementRecord } from "../../data/records.ts";
import type { StatementRowChanges } from "../../data/repositories/statementRepository.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { requireEditor } from "../shared/requireEditor.ts";
import { STATEMENT_MAX } from "../statements/addStatement.ts";
import { changeStatement } from "../statements/changeStatement.ts";

export type RiskDecision = "KEPT" | "CHANGED" | "CLOSED";

export interface RiskReviewArgs {
  id: string;
  expectedVersion: number;
  review: RiskDecision;
  text?: string | null;
  reason?: string | null;
}

/**
 * An editor's review of a risk carried into a new quarter: kept as it is, changed to new wording (which
 * a change needs), or closed, which retires it for this quarter while the quarter it came from keeps it.
 */
export async function reviewRisk(ctx: GraphQLContext, args: RiskReviewArgs): Promise<StatementRecord> {
  const viewer = requireEditor(ctx);
  const checks = new FieldChecks();
  if (args.review === "CHANGED") checks.text(args.text, "text", STATEMENT_MAX);
  else if (args.text != null) checks.text(args.text, "text", STATEMENT_MAX);
  checks.throwIfAny();
  const data: StatementRowChanges = {
    review: args.review,
    ...(args.text?.trim() && { text: args.text.trim() }),
    ...(args.review === "CLOSED" ? { retiredAt: new Date() } : { retiredAt: null }),
  };
  return changeStatement(ctx, viewer, "risk.review", args.id, args.expectedVersion, data, {
    reason: args.reason,
    kind: "RISK",
  });
}
