import type { GraphQLContext } from "../../context.ts";
import type { CommentaryRecord } from "../../data/records.ts";
import { resolvePeriod } from "../periods/resolvePeriod.ts";

/** A section's commentary for a reporting period, in position order. */
export async function listCommentary(
  ctx: Pick<GraphQLContext, "loaders">,
  sectionId: number,
  args: { period?: string | null; includeRetired?: boolean | null },
): Promise<CommentaryRecord[]> {
  const [period, rows] = await Promise.all([
    resolvePeriod(ctx, args.period),
    ctx.loaders.commentaryBySection.load(sectionId),
  ]);
  return rows.filter((c) => c.reportingPeriodId === period.id && (args.includeRetired || !c.retired));
}
