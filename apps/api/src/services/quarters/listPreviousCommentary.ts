import type { GraphQLContext } from "../../context.ts";
import type { CommentaryRecord } from "../../data/records.ts";
import { resolveQuarter } from "../periods/resolveQuarter.ts";
import { previousQuarterOf } from "./previousQuarterOf.ts";

/**
 * A section's commentary in the quarter the given one was opened from, shown beside this quarter's,
 * which starts empty. Empty for a quarter opened from none.
 */
export async function listPreviousCommentary(
  ctx: Pick<GraphQLContext, "loaders">,
  sectionId: number,
  periodCode?: string | null,
): Promise<CommentaryRecord[]> {
  const [previous, rows] = await Promise.all([
    resolveQuarter(ctx, periodCode).then((quarter) => previousQuarterOf(ctx, quarter)),
    ctx.loaders.commentaryBySection.load(sectionId),
  ]);
  if (!previous) return [];
  return rows.filter((c) => c.reportingPeriodId === previous.id && !c.retired);
}
