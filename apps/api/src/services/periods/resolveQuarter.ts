import type { GraphQLContext } from "../../context.ts";
import type { ReportingPeriodRecord } from "../../data/records.ts";
import { resolvePeriod } from "./resolvePeriod.ts";

/**
 * The reporting quarter whose records (deliverables, statements) a read is about: the quarter named,
 * or, for a month or no period at all, the current quarter. Deliverables belong to a quarter, so a
 * question about a month is answered from the quarter everyone reads.
 */
export async function resolveQuarter(
  ctx: Pick<GraphQLContext, "loaders">,
  code?: string | null,
): Promise<ReportingPeriodRecord> {
  const period = await resolvePeriod(ctx, code);
  return period.kind === "QUARTER" ? period : resolvePeriod(ctx);
}
