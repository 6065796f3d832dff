import { lastDayOfMonth } from "@pcc/domain";
import type { GraphQLContext } from "../../context.ts";
import { resolvePeriod } from "../periods/resolvePeriod.ts";

/**
 * The day deliverable status is judged on (YYYY-MM-DD): the last day of the reporting period, so
 * "March – May 23" reads as at 31 May 2023, as a board member reading that report would expect.
 * No period means the current one; the clock is never read.
 */
export async function statusDate(
  ctx: Pick<GraphQLContext, "loaders">,
  periodCode?: string | null,
): Promise<string> {
  const period = await resolvePeriod(ctx, periodCode);
  const [year, month] = period.end.split("-").map(Number);
  return lastDayOfMonth(year!, month!);
}
