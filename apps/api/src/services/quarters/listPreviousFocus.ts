import type { GraphQLContext } from "../../context.ts";
import type { StatementRecord } from "../../data/records.ts";
import { resolveQuarter } from "../periods/resolveQuarter.ts";
import { previousQuarterOf } from "./previousQuarterOf.ts";

/**
 * A priority's "PCC focus next quarter" as written in the quarter the given one was opened from: the
 * list this quarter's "outcomes achieved" report against. Empty for a quarter opened from none.
 */
export async function listPreviousFocus(
  ctx: Pick<GraphQLContext, "loaders">,
  priorityId: number,
  periodCode?: string | null,
): Promise<StatementRecord[]> {
  const [previous, statements] = await Promise.all([
    resolveQuarter(ctx, periodCode).then((quarter) => previousQuarterOf(ctx, quarter)),
    ctx.loaders.statementsByPriority.load(priorityId),
  ]);
  if (!previous) return [];
  return statements.filter((s) => s.kind === "FOCUS" && s.reportingPeriodId === previous.id && !s.retired);
}
