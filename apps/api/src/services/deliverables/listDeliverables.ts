import type { GraphQLContext } from "../../context.ts";
import type { DeliverableRecord } from "../../data/records.ts";
import { resolveQuarter } from "../periods/resolveQuarter.ts";
import { getPriority } from "../priorities/getPriority.ts";

interface ListArgs {
  /** A ReportingPeriod code; defaults to the current period. Each quarter holds its own deliverables. */
  period?: string | null;
  includeRetired?: boolean | null;
}

/** Deliverables of one priority (by number) or of all, in one quarter, without retired ones unless asked. */
export async function listDeliverables(
  ctx: Pick<GraphQLContext, "repos" | "loaders">,
  args: ListArgs & { priority?: number | null },
): Promise<DeliverableRecord[]> {
  const period = await resolveQuarter(ctx, args.period);
  let rows: DeliverableRecord[];
  if (args.priority === null || args.priority === undefined) rows = await ctx.repos.deliverables.list();
  else {
    const priority = await getPriority(ctx, args.priority);
    rows = priority ? await ctx.loaders.deliverablesByPriority.load(priority.id) : [];
  }
  return rows.filter((d) => d.reportingPeriodId === period.id && (args.includeRetired || !d.retired));
}

export async function listPriorityDeliverables(
  ctx: Pick<GraphQLContext, "loaders">,
  priorityId: number,
  args: ListArgs,
): Promise<DeliverableRecord[]> {
  const [period, rows] = await Promise.all([
    resolveQuarter(ctx, args.period),
    ctx.loaders.deliverablesByPriority.load(priorityId),
  ]);
  return rows.filter((d) => d.reportingPeriodId === period.id && (args.includeRetired || !d.retired));
}
