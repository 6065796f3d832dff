import type { GraphQLContext } from "../../context.ts";
import type { DeliverableRecord, ReportingPeriodRecord } from "../../data/records.ts";
import { AppError } from "../../errors.ts";
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
  const period = await quarterOrNone(ctx, args.period);
  if (!period) return [];
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
    quarterOrNone(ctx, args.period),
    ctx.loaders.deliverablesByPriority.load(priorityId),
  ]);
  if (!period) return [];
  return rows.filter((d) => d.reportingPeriodId === period.id && (args.includeRetired || !d.retired));
}

/**
 * The quarter asked for, or the current one; null when none was asked for and none is published yet
 * (a new install), where the list is simply empty, as every other list is then.
 */
async function quarterOrNone(
  ctx: Pick<GraphQLContext, "loaders">,
  code: string | null | undefined,
): Promise<ReportingPeriodRecord | null> {
  try {
    return await resolveQuarter(ctx, code);
  } catch (error) {
    if (code == null && error instanceof AppError && error.code === "NOT_SET_UP") return null;
    throw error;
  }
}
