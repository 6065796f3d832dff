import type { GraphQLContext } from "../../context.ts";
import type { DeliverableRecord } from "../../data/records.ts";
import { getPriority } from "../priorities/getPriority.ts";

/** Deliverables of one priority (by number) or of all, without retired ones unless asked. */
export async function listDeliverables(
  ctx: Pick<GraphQLContext, "repos" | "loaders">,
  args: { priority?: number | null; includeRetired?: boolean | null },
): Promise<DeliverableRecord[]> {
  let rows: DeliverableRecord[];
  if (args.priority === null || args.priority === undefined) rows = await ctx.repos.deliverables.list();
  else {
    const priority = await getPriority(ctx, args.priority);
    rows = priority ? await ctx.loaders.deliverablesByPriority.load(priority.id) : [];
  }
  return args.includeRetired ? rows : rows.filter((d) => !d.retired);
}

export async function listPriorityDeliverables(
  ctx: Pick<GraphQLContext, "loaders">,
  priorityId: number,
  includeRetired?: boolean | null,
): Promise<DeliverableRecord[]> {
  const rows = await ctx.loaders.deliverablesByPriority.load(priorityId);
  return includeRetired ? rows : rows.filter((d) => !d.retired);
}
