import { statusDateFor } from "@pcc/domain";
import type { GraphQLContext } from "../../context.ts";
import { resolvePeriod } from "../periods/resolvePeriod.ts";

/**
 * The day deliverable status is judged on (YYYY-MM-DD) for a reporting period, by the domain's rule
 * (the last day of the period). No period means the current one; the clock is never read.
 */
export async function statusDate(
  ctx: Pick<GraphQLContext, "loaders">,
  periodCode?: string | null,
): Promise<string> {
  const period = await resolvePeriod(ctx, periodCode);
  return statusDateFor(period.end);
}
