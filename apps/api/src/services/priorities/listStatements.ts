import type { GraphQLContext } from "../../context.ts";
import type { StatementKindValue, StatementRecord } from "../../data/records.ts";
import { resolvePeriod } from "../periods/resolvePeriod.ts";

/** A priority's outcomes, focus or risks for a reporting period, in position order. */
export async function listStatements(
  ctx: Pick<GraphQLContext, "loaders">,
  priorityId: number,
  kind: StatementKindValue,
  args: { period?: string | null; includeRetired?: boolean | null },
): Promise<StatementRecord[]> {
  const [period, statements] = await Promise.all([
    resolvePeriod(ctx, args.period),
    ctx.loaders.statementsByPriority.load(priorityId),
  ]);
  return statements.filter(
    (s) => s.kind === kind && s.reportingPeriodId === period.id && (args.includeRetired || !s.retired),
  );
}
